// The transport network routes run on: the corridor graph (src/data/corridorGraph.ts) over the
// segments whose kind the layer registry marks `routable` (rail, road, sea; not cables,
// pipelines or trade flows), in their kind's own layer group (not the oil tanker leg). Edges
// are stretches of a segment between the places it passes, undirected (a hop each way), each
// with its share of the segment's lengthKm, so the km of a route are the km drawn. Built once
// per data set; pure.
import type { Corridor } from "../data/corridor.ts";
import { buildGraph, type GraphLine, type Hop } from "../data/corridorGraph.ts";
import type { NodeProps, SegmentProps } from "../data/corridorTypes.ts";
import { GAUGES } from "../data/vocabulary.ts";
import { kindSpec, REGISTRY, type Registry } from "../layers/registry.ts";

export interface RouteGraph {
  /** Hops out of each place, both ways along every stretch. */
  adjacency: ReadonlyMap<string, readonly Hop[]>;
  /** The routable segments in the graph. */
  segments: ReadonlyMap<string, SegmentProps>;
  /** Every place of the data, also those no route reaches (so "no path" differs from "unknown"). */
  places: ReadonlyMap<string, NodeProps>;
  /** How many stretches each segment has: a leg covering all of them is the whole segment. */
  stretchCount: ReadonlyMap<string, number>;
  /** For a segment whose gauge changes on the way, the first stretch with the other gauge. */
  gaugeChangeIndex: ReadonlyMap<string, number>;
  registry: Registry;
}

export interface RouteGraphOptions {
  registry?: Registry;
  /**
   * Which segments routes may use. By default those built (the registry's statuses): a route is
   * a way freight can go today. The Route region may pass its own (all, or as of a date).
   */
  include?: (segment: SegmentProps) => boolean;
}

/** A hop's edge: the stretch it walks, the same id both ways. */
export const edgeKey = (hop: Pick<Hop, "edge">): string => hop.edge;

export function buildRouteGraph(
  corridor: Pick<Corridor, "segments" | "nodes">,
  options: RouteGraphOptions = {},
): RouteGraph {
  const registry = options.registry ?? REGISTRY;
  const include = options.include ?? ((s: SegmentProps) => registry.statuses[s.status].built);
  const segments = new Map<string, SegmentProps>();
  const lines: GraphLine[] = [];
  for (const f of corridor.segments) {
    const p = f.properties;
    const spec = kindSpec(registry, p.kind);
    // A line the data moves out of its kind's layer group carries that group's goods, not
    // freight: the oil tanker leg (sea, under Energy) is not a way for a route.
    if (!spec.routable || p.group !== spec.group || !include(p)) continue;
    segments.set(p.id, p);
    const g = f.geometry;
    lines.push({
      id: p.id,
      waypoints: g.type === "LineString" ? g.coordinates : g.coordinates.flat(),
      lengthKm: p.lengthKm,
    });
  }
  const places = new Map(corridor.nodes.map((n) => [n.properties.id, n.properties]));
  const adjacency = buildGraph(
    lines,
    corridor.nodes.map((n) => ({ id: n.properties.id, coordinates: n.geometry.coordinates })),
  );
  const stretchCount = new Map<string, number>();
  const gaugeChangeIndex = new Map<string, number>();
  for (const hops of adjacency.values()) {
    for (const h of hops) {
      if (!h.forward) continue;
      stretchCount.set(h.segment, Math.max(stretchCount.get(h.segment) ?? 0, h.index + 1));
      if (segments.get(h.segment)?.gauge?.changeAt === h.from) gaugeChangeIndex.set(h.segment, h.index);
    }
  }
  return { adjacency, segments, places, stretchCount, gaugeChangeIndex, registry };
}

/** The gauge (mm) of the stretch a hop walks, or undefined for a kind without track. */
export function gaugeOf(graph: RouteGraph, hop: Pick<Hop, "segment" | "index">): number | undefined {
  const mm = graph.segments.get(hop.segment)?.gauge?.mm;
  if (mm === undefined) return undefined;
  const change = graph.gaugeChangeIndex.get(hop.segment);
  if (change === undefined || hop.index < change) return mm;
  return GAUGES.find((g) => g !== mm) ?? mm;
}
