// What a route is, told as an analyst asks: total km as drawn and by mode, the legs in order,
// the borders it crosses (by name), the gauge changes, the sea crossings, the annotations along
// it, and transit times only where a source gives one. Pure: from a path of hops and the graph.
import type { Hop } from "../data/corridorGraph.ts";
import { kindSpec } from "../layers/registry.ts";
import { english } from "./englishWords.ts";
import type { Path } from "./kShortest.ts";
import { type BorderCrossing, routeBorders } from "./routeBorders.ts";
import { edgeKey, gaugeOf, type RouteGraph } from "./routeGraph.ts";
import { legsOf, placeName, type RouteLeg } from "./routeLegs.ts";
import { type RouteTransit, routeTransit } from "./routeTransit.ts";

export type { BorderCrossing } from "./routeBorders.ts";
export type { RouteLeg } from "./routeLegs.ts";
export type { RouteTransit } from "./routeTransit.ts";

export interface GaugeChange {
  /** The place where consecutive stretches of track have different gauges. */
  at: string;
  fromMm: number;
  toMm: number;
  label: string;
}

export interface RouteSummary {
  /** Stable for the same way through the network: its stretches in order. */
  id: string;
  km: number;
  /** Km by kind, in the registry's kind order, only kinds it uses. */
  kmByKind: { kind: string; label: string; km: number }[];
  legs: RouteLeg[];
  /** The places it passes, From to To. */
  places: string[];
  borders: BorderCrossing[];
  gaugeChanges: GaugeChange[];
  /** Indices of the legs that cross water (the registry's `surface: "water"`). */
  seaCrossings: number[];
  /** Distinct annotations on its segments and the places it passes. */
  annotations: { count: number; ids: string[] };
  transit: RouteTransit;
  /** Indices of the legs on segments not yet built (the registry's statuses). */
  notBuilt: number[];
}

const mm = (n: number) => english("route.gaugeMm", { mm: n });

/** Consecutive stretches of track with different gauges, within a leg (BTK) or between two. */
function gaugeChanges(graph: RouteGraph, hops: readonly Hop[]): GaugeChange[] {
  const changes: GaugeChange[] = [];
  hops.forEach((h, i) => {
    const before = hops[i - 1];
    const a = before && gaugeOf(graph, before);
    const b = gaugeOf(graph, h);
    if (a === undefined || b === undefined || a === b) return;
    changes.push({
      at: h.from,
      fromMm: a,
      toMm: b,
      label: english("route.gaugeChange", {
        change: `${mm(a)} → ${mm(b)}`,
        place: placeName(graph, h.from, true),
      }),
    });
  });
  return changes;
}

function annotationsAlong(graph: RouteGraph, legs: readonly RouteLeg[], places: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const l of legs) for (const a of graph.segments.get(l.segment)?.annotations ?? []) ids.add(a.id);
  for (const p of places) for (const a of graph.places.get(p)?.annotations ?? []) ids.add(a.id);
  return [...ids];
}

export function summariseRoute(graph: RouteGraph, path: Path): RouteSummary {
  const legs = legsOf(graph, path.hops);
  const first = path.hops[0];
  const places = first ? [first.from, ...path.hops.map((h) => h.to)] : [];
  const byKind = new Map<string, number>();
  for (const l of legs) byKind.set(l.kind, (byKind.get(l.kind) ?? 0) + l.km);
  const kinds = graph.registry.kindOrder.filter((k) => byKind.has(k));
  const ids = annotationsAlong(graph, legs, places);
  const indicesWhere = (test: (l: RouteLeg) => boolean) => legs.flatMap((l, i) => (test(l) ? [i] : []));
  return {
    id: path.hops.map(edgeKey).join(">"),
    km: legs.reduce((km, l) => km + l.km, 0),
    kmByKind: kinds.map((k) => ({
      kind: k,
      label: kindSpec(graph.registry, k).label,
      km: byKind.get(k) ?? 0,
    })),
    legs,
    places,
    borders: routeBorders(graph, legs),
    gaugeChanges: gaugeChanges(graph, path.hops),
    seaCrossings: indicesWhere((l) => kindSpec(graph.registry, l.kind).surface === "water"),
    annotations: { count: ids.length, ids },
    transit: routeTransit(legs),
    notBuilt: indicesWhere((l) => !graph.registry.statuses[l.status].built),
  };
}
