// Route computation (src/route/, issue 16), timed in Node: it is a pure function of the data, so
// the browser adds nothing to it but the same JIT. For 1× and 100× data: the route graph is
// built once (as the app does when the data loads), then findRoutes runs on sampled pairs of
// places, after a warm-up, and the median is taken. The 100× figure is on syntheticNetwork.ts
// (100 copies joined into one network, so every pair has routes to find); the 100× data of the
// other benches (synthetic.ts) is timed too, though only its original copy is a network.
// Usage on its own: tsx scripts/bench/routes.ts [corridor.geojson]
import { readFileSync } from "node:fs";
import { indexCorridor } from "../../src/data/corridor.ts";
import type { CorridorCollection } from "../../src/data/corridorTypes.ts";
import { findRoutes } from "../../src/route/findRoutes.ts";
import { buildRouteGraph } from "../../src/route/routeGraph.ts";
import { median, quantile } from "./report.ts";
import { multiply, random } from "./synthetic.ts";
import { multiplyNetwork } from "./syntheticNetwork.ts";

export const ROUTE_PAIRS = 200;

export interface RouteTiming {
  pairs: number;
  /** Pairs for which a route was found (the rest: no path, or the same place). */
  withRoutes: number;
  medianMs: number;
  /** The median over the pairs that have routes only (the others end at once: no path). */
  medianWithRoutesMs: number;
  p95Ms: number;
  graphBuildMs: number;
}

type Pair = [string, string];

/** Pairs of different places, drawn uniformly from all places. */
function samplePairs(ids: readonly string[], count: number, seed: number): Pair[] {
  const rnd = random(seed);
  const pick = () => ids[Math.floor(rnd() * ids.length)] as string;
  const pairs: Pair[] = [];
  while (pairs.length < count) {
    const a = pick();
    const b = pick();
    if (a !== b) pairs.push([a, b]);
  }
  return pairs;
}

export function timeRoutes(corridor: CorridorCollection): RouteTiming {
  const indexed = indexCorridor(corridor);
  const t0 = performance.now();
  const graph = buildRouteGraph(indexed);
  const graphBuildMs = performance.now() - t0;
  const pairs = samplePairs(
    indexed.nodes.map((n) => n.properties.id),
    ROUTE_PAIRS,
    20261201,
  );
  const run = ([from, to]: Pair) => findRoutes(graph, { from, to, via: [] });
  for (const p of pairs.slice(0, 50)) run(p); // warm-up: the JIT, as after the first few routes in the app
  const withRoutesMs: number[] = [];
  const ms = pairs.map((p) => {
    const start = performance.now();
    const r = run(p);
    const took = performance.now() - start;
    if (r.type === "routes") withRoutesMs.push(took);
    return took;
  });
  return {
    pairs: pairs.length,
    withRoutes: withRoutesMs.length,
    medianMs: median(ms),
    medianWithRoutesMs: median(withRoutesMs),
    p95Ms: quantile(ms, 0.95),
    graphBuildMs,
  };
}

export function benchRoutes(corridor: CorridorCollection) {
  return {
    x1: timeRoutes(corridor),
    x100: timeRoutes(multiplyNetwork(corridor)),
    x100Unlinked: timeRoutes(multiply(corridor)),
  };
}

if (process.argv[1]?.endsWith("routes.ts")) {
  const path = process.argv[2] ?? "dist/corridor.geojson";
  const corridor = JSON.parse(readFileSync(path, "utf8")) as CorridorCollection;
  const r = benchRoutes(corridor);
  for (const [name, t] of Object.entries(r)) {
    console.log(
      `${name}: median ${t.medianMs.toFixed(2)} ms, p95 ${t.p95Ms.toFixed(2)} ms over ${t.pairs} pairs;` +
        ` ${t.withRoutes} with routes, median ${t.medianWithRoutesMs.toFixed(2)} ms; graph built in ${t.graphBuildMs.toFixed(1)} ms`,
    );
  }
}
