// The route as the app shows it, computed in one place: the graph once per corridor, the routes
// once per query, the highlight once per result and chosen variant. The Route region, the map's
// binding and the camera all read these, so nothing is computed twice.
import type { Corridor } from "../data/corridor.ts";
import { findRoutes, type RouteResult } from "../route/findRoutes.ts";
import { buildRouteGraph, type RouteGraph } from "../route/routeGraph.ts";
import { type RouteQuery, sameRouteQuery } from "../route/routeQuery.ts";
import type { RouteSummary } from "../route/routeSummary.ts";
import { selectCorridor } from "./selectors.ts";
import type { AppState } from "./store.ts";
import type { CameraRequest } from "./types.ts";

/**
 * What the map draws for a route: the chosen variant's stretches strong, the others' dimmed. A
 * stretch ("segment#n", the route graph's edge) is the part of a segment between two places it
 * passes: a variant may walk only part of a segment, and the map must not light the rest.
 */
export interface RouteHighlight {
  chosen: string[];
  /** Stretches of the other variants that the chosen one does not walk. */
  others: string[];
  /** The route's end places, named on the map. */
  ends: string[];
}

const graphs = new WeakMap<Corridor, RouteGraph>();

export function selectRouteGraph(s: AppState): RouteGraph | null {
  const corridor = selectCorridor(s);
  if (!corridor) return null;
  let graph = graphs.get(corridor);
  if (!graph) {
    graph = buildRouteGraph(corridor);
    graphs.set(corridor, graph);
  }
  return graph;
}

let resultMemo: { graph: RouteGraph; query: RouteQuery; result: RouteResult } | null = null;

/** The routes for the store's query (null when none is asked); the same object while it stays. */
export function selectRouteResult(s: AppState): RouteResult | null {
  // No route asked, no graph built: start-up does not pay for it.
  if (!s.route) return null;
  const graph = selectRouteGraph(s);
  if (!graph) return null;
  if (resultMemo?.graph !== graph || !sameRouteQuery(resultMemo.query, s.route))
    resultMemo = { graph, query: s.route, result: findRoutes(graph, s.route) };
  return resultMemo.result;
}

/** The variant index actually shown: the store's, within the routes found. */
export function shownVariant(result: RouteResult | null, variant: number): number {
  const count = result?.type === "routes" ? result.routes.length : 0;
  return Math.max(0, Math.min(count - 1, variant));
}

export function selectChosenRoute(s: AppState): RouteSummary | null {
  const result = selectRouteResult(s);
  return result?.type === "routes" ? (result.routes[shownVariant(result, s.routeVariant)] ?? null) : null;
}

const stretchesOf = (route: RouteSummary) => route.legs.flatMap((l) => l.hops.map((h) => h.edge));

/** The segments a route's legs run on, in order. */
export const routeSegments = (route: RouteSummary) => [...new Set(route.legs.map((l) => l.segment))];

/** The highlight for a result: pure, so it is tested on its own. */
export function routeHighlight(result: RouteResult | null, variant: number): RouteHighlight | null {
  if (result?.type !== "routes") return null;
  const index = shownVariant(result, variant);
  const chosenRoute = result.routes[index];
  if (!chosenRoute) return null;
  const chosen = stretchesOf(chosenRoute);
  const inChosen = new Set(chosen);
  const others = [...new Set(result.routes.flatMap((r, i) => (i === index ? [] : stretchesOf(r))))].filter(
    (id) => !inChosen.has(id),
  );
  const ends = [chosenRoute.places[0], chosenRoute.places.at(-1)].filter((p): p is string => p !== undefined);
  return { chosen, others, ends };
}

let highlightMemo: { result: RouteResult | null; variant: number; highlight: RouteHighlight | null } | null =
  null;

export function selectRouteHighlight(s: AppState): RouteHighlight | null {
  const result = selectRouteResult(s);
  if (highlightMemo?.result !== result || highlightMemo.variant !== s.routeVariant)
    highlightMemo = { result, variant: s.routeVariant, highlight: routeHighlight(result, s.routeVariant) };
  return highlightMemo.highlight;
}

/** The camera move that frames the chosen variant with its end places named. */
export function routeCameraRequest(s: AppState): CameraRequest | null {
  const h = selectRouteHighlight(s);
  return h ? { type: "fit-stretches", ids: h.chosen, ends: h.ends } : null;
}
