// The one call the Route region makes: a query in, the routes or a plain reason why none out.
// Through vias, each stage (From → Via 1, Via 1 → Via 2, …, → To) has its own k shortest paths;
// they are joined best first, never walking a stretch twice, then near-duplicates are dropped.
import type { Hop } from "../data/corridorGraph.ts";
import { kindSpec } from "../layers/registry.ts";
import { english } from "./englishWords.ts";
import { comparePaths, kShortestPaths, type Path, simplePaths, take } from "./kShortest.ts";
import { dropNearDuplicates } from "./nearDuplicates.ts";
import { edgeKey, type RouteGraph } from "./routeGraph.ts";
import { placeName } from "./routeLegs.ts";
import { MAX_ROUTES, type RouteQuery, routeStops } from "./routeQuery.ts";
import { type RouteSummary, summariseRoute } from "./routeSummary.ts";

/** Paths looked at per stage, more than shown, so that some are left after dropping near-duplicates. */
const CANDIDATES = 10;

export { MAX_ROUTES };

/**
 * The routes, or why there is none. `message` is the reason in English (logs, tests); the Route
 * region says it in the reader's language from the ids beside it (routeStatus.ts).
 */
export type RouteResult =
  | { type: "routes"; routes: RouteSummary[] }
  | { type: "same"; place: string; message: string }
  | {
      type: "no-path";
      from: string;
      to: string;
      /** Of from and to, those on no line routes can use. */
      off: string[];
      /** The places on the way, when no way through them in order walks a line only once. */
      via?: string[];
      message: string;
    }
  | { type: "unknown-place"; ids: string[]; message: string };

/** The kinds routes run on (their registry ids), for saying why a place is off the network. */
export const routableKinds = (graph: RouteGraph): string[] =>
  graph.registry.kindOrder.filter((k) => kindSpec(graph.registry, k).routable);

const offNetwork = (graph: RouteGraph, from: string, to: string) =>
  [from, to].filter((id) => !graph.adjacency.has(id));

/** "railway, road, sea crossing": the kinds routes run on, as the legend names them. */
function routableKindsSaid(graph: RouteGraph): string {
  return routableKinds(graph)
    .map((k) => kindSpec(graph.registry, k).label.toLowerCase())
    .join(english("route.listSep", {}));
}

/** Why two known places are not joined, in plain words. */
function noPathMessage(graph: RouteGraph, from: string, to: string): string {
  const off = offNetwork(graph, from, to).map((id) => placeName(graph, id));
  const places =
    off.length > 1 ? english("route.and", { a: off.slice(0, -1).join(", "), b: off.at(-1) ?? "" }) : off[0];
  const why = places
    ? ` ${english("route.offNetwork", { count: off.length, places, kinds: routableKindsSaid(graph) })}`
    : "";
  return `${english("route.noPath", { from: placeName(graph, from), to: placeName(graph, to) })}${why}`;
}

/** Joins the stages' paths best first, keeping up to `limit` that walk no stretch twice. */
function joinStages(stages: readonly Path[][], limit: number): Path[] {
  let partial: Path[] = [{ hops: [], km: 0 }];
  for (const stage of stages) {
    const next: Path[] = [];
    for (const p of partial) {
      const used = new Set(p.hops.map(edgeKey));
      for (const q of stage) {
        if (q.hops.some((h: Hop) => used.has(edgeKey(h)))) continue;
        next.push({ hops: [...p.hops, ...q.hops], km: p.km + q.km });
      }
    }
    partial = next.sort(comparePaths).slice(0, limit);
  }
  return partial;
}

export function findRoutes(graph: RouteGraph, query: RouteQuery, limit = MAX_ROUTES): RouteResult {
  const stops = routeStops(query);
  const unknown = [...new Set(stops.filter((id) => !graph.places.has(id)))];
  if (unknown.length)
    return {
      type: "unknown-place",
      ids: unknown,
      message: english("route.unknownPlace", { ids: unknown.map((id) => `"${id}"`).join(", ") }),
    };
  // A via equal to the place before it adds nothing.
  const path = stops.filter((id, i) => id !== stops[i - 1]);
  if (path.length === 1)
    return {
      type: "same",
      place: query.from,
      message: english("route.same", { place: placeName(graph, query.from) }),
    };
  if (path.length === 2) {
    // No via: take paths one by one until enough are kept, looking at no more than CANDIDATES.
    const routes = dropNearDuplicates(
      take(simplePaths(graph.adjacency, query.from, query.to), CANDIDATES),
      limit,
    );
    if (routes.length === 0)
      return {
        type: "no-path",
        from: query.from,
        to: query.to,
        off: offNetwork(graph, query.from, query.to),
        message: noPathMessage(graph, query.from, query.to),
      };
    return { type: "routes", routes: routes.map((p) => summariseRoute(graph, p)) };
  }
  const stages: Path[][] = [];
  for (let i = 0; i + 1 < path.length; i++) {
    const a = path[i] as string;
    const b = path[i + 1] as string;
    const found = kShortestPaths(graph.adjacency, a, b, CANDIDATES);
    if (found.length === 0)
      return {
        type: "no-path",
        from: a,
        to: b,
        off: offNetwork(graph, a, b),
        message: noPathMessage(graph, a, b),
      };
    stages.push(found);
  }
  const joined = joinStages(stages, CANDIDATES);
  if (joined.length === 0)
    return {
      type: "no-path",
      from: query.from,
      to: query.to,
      off: [],
      via: query.via,
      message: english("route.noPathVia", {
        from: placeName(graph, query.from),
        to: placeName(graph, query.to),
        via: query.via.map((v) => placeName(graph, v)).join(english("route.then", {})),
      }),
    };
  return { type: "routes", routes: dropNearDuplicates(joined, limit).map((p) => summariseRoute(graph, p)) };
}
