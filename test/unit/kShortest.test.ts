// Yen's k shortest simple paths on small graphs (a diamond, ties, parallel lines, a ladder, and
// random graphs against every simple path listed by brute force), and the near-duplicate rule.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Hop } from "../../src/data/corridorGraph.ts";
import { kShortestPaths, type Path, shortestPath, simplePaths } from "../../src/route/kShortest.ts";
import { dropNearDuplicates, isNearDuplicate, NEAR_DUPLICATE } from "../../src/route/nearDuplicates.ts";
import { placesOf, smallGraph } from "../fixtures/routeFixtures.ts";

const route = (paths: Path[]) => paths.map((p) => `${placesOf(p.hops).join("")} ${p.km}`);

describe("k shortest simple paths", () => {
  const diamond = smallGraph(["a-b:1", "b-d:1", "a-c:1", "c-d:2", "b-c:5"]);

  it("finds every simple path of a diamond, shortest first, and no more", () => {
    expect(route(kShortestPaths(diamond, "a", "d", 10))).toEqual(["abd 2", "acd 3", "acbd 7", "abcd 8"]);
    expect(route(kShortestPaths(diamond, "a", "d", 2))).toEqual(["abd 2", "acd 3"]);
  });

  it("walks every edge both ways", () => {
    expect(route(kShortestPaths(diamond, "d", "a", 2))).toEqual(["dba 2", "dca 3"]);
  });

  it("orders ties by fewer stretches, then by their ids, whatever order the data lists them in", () => {
    const ties = ["a-b:1", "b-d:1", "a-c:1", "c-d:1", "a-d:2"];
    const one = route(kShortestPaths(smallGraph(ties), "a", "d", 3));
    expect(one).toEqual(["ad 2", "abd 2", "acd 2"]);
    expect(route(kShortestPaths(smallGraph([...ties].reverse()), "a", "d", 3)).sort()).toEqual(
      [...one].sort(),
    );
    expect(route(kShortestPaths(smallGraph(ties), "a", "d", 3))).toEqual(one);
  });

  it("tells two lines between the same places apart", () => {
    const paths = kShortestPaths(smallGraph(["a-b:3", "a-b:4"]), "a", "b", 5);
    expect(paths.map((p) => p.km)).toEqual([3, 4]);
    expect(new Set(paths.map((p) => p.hops[0]?.segment)).size).toBe(2);
  });

  it("gives nothing when the places are not joined, or are the same", () => {
    const apart = smallGraph(["a-b:1", "c-d:1"]);
    expect(kShortestPaths(apart, "a", "d", 5)).toEqual([]);
    expect(kShortestPaths(apart, "a", "a", 5)).toEqual([]);
    expect(shortestPath(apart, "a", "b", { places: new Set(["b"]) })).toBeNull();
  });

  it("goes round a banned stretch or place", () => {
    const [ab] = diamond.get("a") ?? [];
    expect(
      placesOf(shortestPath(diamond, "a", "d", { edges: new Set([ab?.edge ?? ""]) })?.hops ?? []),
    ).toEqual(["a", "c", "d"]);
    expect(placesOf(shortestPath(diamond, "a", "d", { places: new Set(["c", "b"]) })?.hops ?? [])).toEqual(
      [],
    );
  });

  it("on a ladder, lists the ways in order of length, each place once", () => {
    // Two rails a0…a4 and b0…b4 joined by rungs; the b rail is longer.
    const ladder = [0, 1, 2, 3].flatMap((i) => [`a${i}-a${i + 1}:10`, `b${i}-b${i + 1}:12`]);
    const rungs = [0, 1, 2, 3, 4].map((i) => `a${i}-b${i}:3`);
    const graph = smallGraph([...ladder, ...rungs]);
    const paths = kShortestPaths(graph, "a0", "a4", 6);
    // Straight along a; one step on b (3 + 12 + 3 instead of 10) at each of four places; two steps.
    expect(paths.map((p) => p.km)).toEqual([40, 48, 48, 48, 48, 50]);
    expect(paths.map((p) => p.km)).toEqual(allSimplePaths(graph, "a0", "a4").slice(0, 6));
    for (const p of paths) expect(new Set(placesOf(p.hops)).size).toBe(p.hops.length + 1);
  });
});

/** Every simple path from `from` to `to`, by depth-first search. */
function allSimplePaths(graph: Map<string, Hop[]>, from: string, to: string): number[] {
  const out: number[] = [];
  const walk = (here: string, seen: Set<string>, km: number) => {
    if (here === to) {
      out.push(km);
      return;
    }
    for (const h of graph.get(here) ?? []) {
      if (seen.has(h.to)) continue;
      walk(h.to, new Set([...seen, h.to]), km + h.km);
    }
  };
  if (from !== to) walk(from, new Set([from]), 0);
  return out.sort((a, b) => a - b);
}

describe("against brute force", () => {
  it("gives the k shortest lengths of all simple paths on random graphs", () => {
    const edge = fc
      .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 9 }))
      .filter(([a, b]) => a !== b)
      .map(([a, b, km]) => `p${a}-p${b}:${km}`);
    fc.assert(
      fc.property(
        fc.array(edge, { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 1, max: 6 }),
        (edges, k) => {
          const graph = smallGraph(edges);
          const [from, to] = ["p0", "p1"];
          const expected = allSimplePaths(graph, from, to).slice(0, k);
          const got = kShortestPaths(graph, from, to, k);
          expect(got.map((p) => p.km)).toEqual(expected);
          for (const p of got) {
            expect(new Set(placesOf(p.hops)).size, "no place twice").toBe(p.hops.length + 1);
            expect(p.km).toBe(p.hops.reduce((s, h) => s + h.km, 0));
          }
          expect(new Set(got.map((p) => p.hops.map((h) => h.edge).join(">"))).size, "all different").toBe(
            got.length,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("yields paths one at a time, never shorter than the one before", () => {
    const graph = smallGraph(["a-b:2", "b-c:2", "a-c:5", "c-d:1", "b-d:4", "a-d:9"]);
    const kms = [...simplePaths(graph, "a", "d")].map((p) => p.km);
    expect(kms).toEqual(allSimplePaths(graph, "a", "d"));
  });
});

describe("near-duplicates", () => {
  // A 1000 km line a–z with two ways round its middle stretch m1–m2 (10 km): a 20 km kink and a
  // 300 km way of its own.
  const graph = smallGraph([
    "a-m1:500",
    "m1-m2:10",
    "m2-z:490",
    "m1-k:10",
    "k-m2:10",
    "m1-w:150",
    "w-m2:150",
  ]);
  const paths = kShortestPaths(graph, "a", "z", 5);

  it(`drops a variant sharing ≥ ${NEAR_DUPLICATE.minSharedShare * 100} % of its km with a better one, off it by ≤ ${NEAR_DUPLICATE.maxDetourKm} km`, () => {
    expect(route(paths)).toEqual(["am1m2z 1000", "am1km2z 1010", "am1wm2z 1290"]);
    const [best, kink, other] = paths as [Path, Path, Path];
    expect(isNearDuplicate(kink, best)).toBe(true);
    expect(isNearDuplicate(other, best)).toBe(false);
    expect(route(dropNearDuplicates(paths, 5))).toEqual(["am1m2z 1000", "am1wm2z 1290"]);
  });

  it("keeps a short route's detour, which is more than a tenth of it", () => {
    const short = smallGraph(["a-b:50", "b-c:50", "a-k:50", "k-c:60"]);
    expect(dropNearDuplicates(kShortestPaths(short, "a", "c", 5), 5).map((p) => p.km)).toEqual([100, 110]);
  });

  it("keeps a long detour even when it shares most of the route", () => {
    // Shares 97 % of 5,000 km, but its own 150 km are another way, not a kink.
    const long = smallGraph(["a-m:4850", "m-z:100", "m-k:75", "k-z:75"]);
    expect(dropNearDuplicates(kShortestPaths(long, "a", "z", 5), 5).map((p) => p.km)).toEqual([4950, 5000]);
  });

  it("draws the line at exactly 90 % and 100 km, inclusive", () => {
    const edge = smallGraph(["a-m:900", "m-z:90", "m-k:50", "k-z:50"]);
    const [best, variant] = kShortestPaths(edge, "a", "z", 2) as [Path, Path];
    expect(variant.km).toBe(1000);
    expect(isNearDuplicate(variant, best)).toBe(true);
    expect(isNearDuplicate(variant, best, { minSharedShare: 0.9, maxDetourKm: 99 })).toBe(false);
  });

  it("stops at the limit", () => {
    expect(dropNearDuplicates(paths, 1)).toHaveLength(1);
  });
});
