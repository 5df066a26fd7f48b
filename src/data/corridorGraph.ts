// The corridor as a graph: places are vertices, stretches of line between them are edges. A
// segment links every place it passes (its ends, and any place one of its waypoints sits exactly
// on), so a branch that leaves a line mid-way is connected. Used by the data test that the
// transport chain joins up, by the data check of gauge changes and by routes (src/route/).
import { distanceKm } from "./geometry.ts";

/** What the graph needs of a line: the data's segments and the app's features both give it. */
export interface GraphLine {
  id: string;
  waypoints: readonly (readonly number[])[];
  /** The length to share out over the stretches; without it, the great-circle length. */
  lengthKm?: number;
}

export interface GraphPlace {
  id: string;
  coordinates: readonly number[];
}

/** One stretch of a line between two consecutive places on it, walked one way. */
export interface Hop {
  segment: string;
  from: string;
  to: string;
  /** The stretch's position along its line, 0 from the line's first place; the same both ways. */
  index: number;
  /** The stretch's id, the same both ways: `segment#index`. */
  edge: string;
  /** Whether this walks the line as drawn (from its first waypoint towards its last). */
  forward: boolean;
  /** Whole km: the line's length shared out by great-circle length, so they add up to it exactly. */
  km: number;
}

const key = (p: readonly number[]) => `${p[0]},${p[1]}`;

/** Which place sits exactly on a point, if any. */
export function placeFinder(places: readonly GraphPlace[]): (p: readonly number[]) => string | undefined {
  const at = new Map(places.map((n) => [key(n.coordinates), n.id]));
  return (p) => at.get(key(p));
}

/** Splits a whole into integers in proportion to `weights` (largest remainder), summing exactly. */
function shareOut(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left -= 1;
  }
  return out;
}

/** A line's stretches between the places it passes, in its own direction. */
export function stretchesOf(line: GraphLine, placeAt: (p: readonly number[]) => string | undefined): Hop[] {
  const stops: { id: string; km: number }[] = [];
  let along = 0;
  line.waypoints.forEach((w, i) => {
    const prev = line.waypoints[i - 1];
    if (prev) along += distanceKm(prev, w);
    const id = placeAt(w);
    if (id !== undefined && id !== stops.at(-1)?.id) stops.push({ id, km: along });
  });
  const raw = stops.slice(1).map((s, i) => s.km - (stops[i]?.km ?? 0));
  const kms = shareOut(line.lengthKm ?? Math.round(along), raw);
  return stops.slice(1).map((s, i) => ({
    segment: line.id,
    from: stops[i]?.id ?? s.id,
    to: s.id,
    index: i,
    edge: `${line.id}#${i}`,
    forward: true,
    km: kms[i] ?? 0,
  }));
}

export function buildGraph(lines: readonly GraphLine[], places: readonly GraphPlace[]): Map<string, Hop[]> {
  const placeAt = placeFinder(places);
  const graph = new Map<string, Hop[]>();
  const add = (hop: Hop) => {
    const list = graph.get(hop.from);
    if (list) list.push(hop);
    else graph.set(hop.from, [hop]);
  };
  for (const line of lines) {
    for (const hop of stretchesOf(line, placeAt)) {
      add(hop);
      add({ ...hop, from: hop.to, to: hop.from, forward: false });
    }
  }
  return graph;
}

/** The shortest path in hops from one place to another, or null when they are not joined. */
export function findPath(graph: Map<string, Hop[]>, from: string, to: string): Hop[] | null {
  const cameBy = new Map<string, Hop | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const here = queue.shift() as string;
    if (here === to) {
      const path: Hop[] = [];
      for (let hop = cameBy.get(to); hop; hop = cameBy.get(hop.from)) path.unshift(hop);
      return path;
    }
    for (const hop of graph.get(here) ?? []) {
      if (!cameBy.has(hop.to)) {
        cameBy.set(hop.to, hop);
        queue.push(hop.to);
      }
    }
  }
  return null;
}
