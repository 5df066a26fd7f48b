// A path cut into legs: each run of stretches on one segment is one leg, the whole segment or a
// part of it between two places it passes, with what the route summary reads of it.
// i18n-ignore-file: a developer's error (a route over a segment the graph lacks).
import type { Hop } from "../data/corridorGraph.ts";
import type { TransitHours } from "../data/schema.ts";
import type { SegmentStatus } from "../data/vocabulary.ts";
import { gaugeOf, type RouteGraph } from "./routeGraph.ts";

/** One segment walked from one place to another: the whole segment or a part of it. */
export interface RouteLeg {
  segment: string;
  name: string;
  kind: string;
  status: SegmentStatus;
  from: string;
  to: string;
  fromName: string;
  toName: string;
  /** The km of its stretches: the segment's lengthKm when whole. */
  km: number;
  /** Walks the segment end to end (a part of it is between two places it passes). */
  whole: boolean;
  /** Gauges along it in travel order (two where it changes on the way); empty off track. */
  gauges: number[];
  /** The segment's sourced transit time; only for a whole leg, since a part has no figure. */
  transit: TransitHours | null;
  /** The hops it is made of, for the map and the downloads. */
  hops: Hop[];
}

/** A place's name, or its short map label. */
export function placeName(graph: RouteGraph, id: string, short = false): string {
  const p = graph.places.get(id);
  return (short ? p?.label : p?.name) ?? id;
}

export function legsOf(graph: RouteGraph, hops: readonly Hop[]): RouteLeg[] {
  const runs: Hop[][] = [];
  for (const h of hops) {
    const run = runs.at(-1);
    if (run && run[0]?.segment === h.segment) run.push(h);
    else runs.push([h]);
  }
  return runs.map((run) => {
    const first = run[0] as Hop;
    const last = run.at(-1) as Hop;
    const s = graph.segments.get(first.segment);
    if (!s) throw new Error(`route over unknown segment ${first.segment}`);
    const whole = run.length === graph.stretchCount.get(s.id);
    const gauges: number[] = [];
    for (const h of run) {
      const g = gaugeOf(graph, h);
      if (g !== undefined && gauges.at(-1) !== g) gauges.push(g);
    }
    return {
      segment: s.id,
      name: s.name,
      kind: s.kind,
      status: s.status,
      from: first.from,
      to: last.to,
      fromName: placeName(graph, first.from),
      toName: placeName(graph, last.to),
      km: run.reduce((km, h) => km + h.km, 0),
      whole,
      gauges,
      transit: whole ? (s.transitHours ?? null) : null,
      hops: run,
    };
  });
}
