// The corridor as a graph: places are vertices, segments are edges. A segment links every place
// it passes (its ends, and any place one of its waypoints sits exactly on), so a branch that
// leaves a line mid-way is connected. Used to check that the transport chain joins up.
import type { CorridorNode, Segment } from "./schema.ts";

export interface Hop {
  segment: string;
  from: string;
  to: string;
}

const key = (p: readonly number[]) => `${p[0]},${p[1]}`;

export function buildGraph(segments: readonly Segment[], nodes: readonly CorridorNode[]): Map<string, Hop[]> {
  const nodeAt = new Map(nodes.map((n) => [key(n.coordinates), n.id]));
  const graph = new Map<string, Hop[]>();
  const link = (a: string, b: string, segment: string) => {
    graph.set(a, [...(graph.get(a) ?? []), { segment, from: a, to: b }]);
    graph.set(b, [...(graph.get(b) ?? []), { segment, from: b, to: a }]);
  };
  for (const s of segments) {
    const stops = s.waypoints.map((w) => nodeAt.get(key(w))).filter((id): id is string => id !== undefined);
    for (let i = 0; i + 1 < stops.length; i++) {
      const a = stops[i];
      const b = stops[i + 1];
      if (a && b && a !== b) link(a, b, s.id);
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
