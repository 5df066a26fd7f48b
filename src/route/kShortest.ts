// The k shortest simple paths between two places (Yen 1971) over Dijkstra (A* with the exact
// distances to the target as its bound), on any graph of hops
// (src/data/corridorGraph.ts). Paths are ordered by km, then by fewer hops, then by their
// stretches' ids, so ties come out the same on every run. Pure.
import type { Hop } from "../data/corridorGraph.ts";
import { MinHeap } from "./minHeap.ts";
import { edgeKey } from "./routeGraph.ts";

export type Adjacency = ReadonlyMap<string, readonly Hop[]>;

export interface Path {
  hops: Hop[];
  km: number;
}

interface Bans {
  edges?: ReadonlySet<string>;
  places?: ReadonlySet<string>;
}

const pathKey = (hops: readonly Hop[]) => hops.map(edgeKey).join(">");
/** Whether `hops` begins with `root` (hops are the graph's own objects, so identity will do). */
function sameStart(hops: readonly Hop[], root: readonly Hop[]): boolean {
  for (let j = 0; j < root.length; j++) if (hops[j] !== root[j]) return false;
  return true;
}
const kmOf = (hops: readonly Hop[]) => hops.reduce((sum, h) => sum + h.km, 0);

export function comparePaths(a: Path, b: Path): number {
  if (a.km !== b.km) return a.km - b.km;
  if (a.hops.length !== b.hops.length) return a.hops.length - b.hops.length;
  const ka = pathKey(a.hops);
  const kb = pathKey(b.hops);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * A breadth-first search from the target under the same bans, one place per step, to tell early
 * that the start cannot be reached. `step` is false once it has run out without meeting it.
 */
class BackwardReach {
  private readonly queue: string[];
  private readonly seen: Set<string>;
  private head = 0;
  private met = false;

  constructor(
    private readonly graph: Adjacency,
    to: string,
    private readonly start: string,
    private readonly bans: Bans,
  ) {
    this.queue = [to];
    this.seen = new Set([to]);
  }

  step(): boolean {
    if (this.met) return true;
    const here = this.queue[this.head++];
    if (here === undefined) return false;
    for (const hop of this.graph.get(here) ?? []) {
      if (this.seen.has(hop.to) || this.bans.edges?.has(edgeKey(hop))) continue;
      if (hop.to === this.start) this.met = true;
      if (this.bans.places?.has(hop.to)) continue;
      this.seen.add(hop.to);
      this.queue.push(hop.to);
    }
    return true;
  }
}

/** The km from every place that can reach `to` (Dijkstra outward from it; hops go both ways). */
export function distancesTo(graph: Adjacency, to: string): Map<string, number> {
  const dist = new Map<string, number>();
  const heap = new MinHeap<string>();
  heap.push(0, to);
  for (let top = heap.pop(); top; top = heap.pop()) {
    if (dist.has(top.value)) continue;
    dist.set(top.value, top.key);
    for (const hop of graph.get(top.value) ?? []) if (!dist.has(hop.to)) heap.push(top.key + hop.km, hop.to);
  }
  return dist;
}

/**
 * The shortest path from one place to another avoiding banned stretches and places, or null.
 * Dijkstra; given `toTarget` (distancesTo without the bans, which bans can only lengthen) it is
 * A* with that exact lower bound, which keeps Yen's many searches near the path.
 */
export function shortestPath(
  graph: Adjacency,
  from: string,
  to: string,
  bans: Bans = {},
  toTarget?: ReadonlyMap<string, number>,
): Path | null {
  if (from === to || bans.places?.has(from)) return null;
  const h = (id: string) => (toTarget ? toTarget.get(id) : 0);
  const start = h(from);
  if (start === undefined) return null;
  const dist = new Map<string, number>([[from, 0]]);
  const cameBy = new Map<string, Hop>();
  const done = new Set<string>();
  const heap = new MinHeap<string>();
  heap.push(start, from);
  const back = bans.places || bans.edges ? new BackwardReach(graph, to, from, bans) : null;
  for (let top = heap.pop(); top; top = heap.pop()) {
    // A search that cannot succeed would otherwise sweep all it can reach; the target's side,
    // searched one step per step, usually runs out first (a hub's only link banned).
    if (back && !back.step()) return null;
    const here = top.value;
    if (done.has(here)) continue;
    done.add(here);
    if (here === to) break;
    const d0 = dist.get(here) ?? 0;
    for (const hop of graph.get(here) ?? []) {
      if (done.has(hop.to) || bans.places?.has(hop.to) || bans.edges?.has(edgeKey(hop))) continue;
      const rest = h(hop.to);
      if (rest === undefined) continue; // the target cannot be reached from there
      const d = d0 + hop.km;
      const known = dist.get(hop.to);
      if (known === undefined || d < known) {
        dist.set(hop.to, d);
        cameBy.set(hop.to, hop);
        heap.push(d + rest, hop.to);
      }
    }
  }
  if (!done.has(to)) return null;
  const hops: Hop[] = [];
  for (let hop = cameBy.get(to); hop; hop = cameBy.get(hop.from)) hops.unshift(hop);
  return { hops, km: kmOf(hops) };
}

/**
 * The simple paths (no place twice) from one place to another, shortest first, one at a time
 * (Yen's algorithm), so a caller takes as many as it keeps. With Lawler's saving: a path found
 * by leaving another at its i-th place is itself only left at its i-th place or later, since the
 * earlier ones were tried from the path it left.
 */
export function* simplePaths(graph: Adjacency, from: string, to: string): Generator<Path> {
  const toTarget = distancesTo(graph, to);
  const first = shortestPath(graph, from, to, {}, toTarget);
  if (!first) return;
  const found: Path[] = [];
  const seen = new Set([pathKey(first.hops)]);
  let candidates: { path: Path; deviation: number }[] = [{ path: first, deviation: 0 }];
  while (candidates.length > 0) {
    candidates.sort((a, b) => comparePaths(a.path, b.path));
    const { path: last, deviation } = candidates[0] as (typeof candidates)[number];
    candidates = candidates.slice(1);
    found.push(last);
    yield last;
    // Each place of the path in turn is the spur: keep the path up to it (the root), and find
    // the shortest way on that leaves the root by a stretch no path found so far takes there,
    // and does not go back through the root.
    for (let i = deviation; i < last.hops.length; i++) {
      const root = last.hops.slice(0, i);
      const spur = i === 0 ? from : (root.at(-1) as Hop).to;
      const edges = new Set<string>();
      for (const p of found) {
        const next = p.hops[i];
        if (next && sameStart(p.hops, root)) edges.add(edgeKey(next));
      }
      const places = new Set([from, ...root.map((h) => h.to)]);
      places.delete(spur);
      const rest = shortestPath(graph, spur, to, { edges, places }, toTarget);
      if (!rest) continue;
      const hops = [...root, ...rest.hops];
      const key = pathKey(hops);
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ path: { hops, km: kmOf(hops) }, deviation: i });
    }
  }
}

/** The first `n` of a sequence, computed only as far as they are asked for. */
export function* take<T>(items: Iterable<T>, n: number): Generator<T> {
  if (n <= 0) return;
  let i = 0;
  for (const item of items) {
    yield item;
    if (++i >= n) return;
  }
}

/** Up to `k` shortest simple paths, best first. */
export function kShortestPaths(graph: Adjacency, from: string, to: string, k: number): Path[] {
  return [...take(simplePaths(graph, from, to), k)];
}
