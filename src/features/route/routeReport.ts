// A route as the outputs report it: the figure's table, the embed's summary, the briefing's
// caption and the data downloads all say the same thing as the Route region, from the same rows
// (routeText.ts), so a figure never disagrees with the screen it was made from. Pure.
import type { RouteResult } from "../../route/findRoutes.ts";
import { placeName } from "../../route/routeLegs.ts";
import type { RouteQuery } from "../../route/routeQuery.ts";
import type { RouteSummary } from "../../route/routeSummary.ts";
import { selectRouteGraph, selectRouteResult, shownVariant } from "../../state/routeSelectors.ts";
import type { AppState } from "../../state/store.ts";
import {
  type CompareRow,
  compareRows,
  compareSet,
  kmByMode,
  variantCounts,
  variantNames,
} from "./routeText.ts";

export interface RouteReport {
  /** "Lianyungang → Istanbul (Halkalı)", with the places on the way: "… via Kars". */
  title: string;
  /** The chosen variant, 0-based, and how many there are. */
  chosen: number;
  count: number;
  /** The chosen variant's name ("via Altynkol/Khorgos, Kuryk–Alat"). */
  name: string;
  route: RouteSummary;
  /** One line for a subtitle: "Route Lianyungang → Istanbul, via …: 5,678 km (2 of 4)". */
  headline: string;
  /** The chosen variant's measures on one line: km by mode, borders, gauge changes, crossings. */
  counts: string;
  byMode: string;
  /** The compare table: column heads ("2. via …"), the compared variants' indices, the rows. */
  table: { heads: string[]; columns: number[]; chosenColumn: number; rows: CompareRow[] };
}

export function routeReport(
  query: RouteQuery | null,
  result: RouteResult | null,
  variant: number,
  placeName: (id: string) => string,
): RouteReport | null {
  if (!query || result?.type !== "routes") return null;
  const chosen = shownVariant(result, variant);
  const route = result.routes[chosen];
  if (!route) return null;
  const names = variantNames(result.routes);
  const name = names[chosen] ?? "";
  const via = query.via.length > 0 ? ` via ${query.via.map(placeName).join(", ")}` : "";
  const title = `${placeName(query.from)} → ${placeName(query.to)}${via}`;
  const columns = compareSet(result.routes.length, chosen);
  const shown = columns.flatMap((i) => result.routes[i] ?? []);
  const of = result.routes.length > 1 ? ` (${chosen + 1} of ${result.routes.length})` : "";
  return {
    title,
    chosen,
    count: result.routes.length,
    name,
    route,
    headline: `Route ${title}, ${name}${of}`,
    counts: variantCounts(route),
    byMode: kmByMode(route),
    table: {
      heads: columns.map((i) => `${i + 1}. ${names[i] ?? ""}`),
      columns,
      chosenColumn: columns.indexOf(chosen),
      rows: compareRows(shown),
    },
  };
}

let memo: { result: RouteResult | null; variant: number; report: RouteReport | null } | null = null;

/**
 * The store's route as the outputs report it (null without one), names from the shown data.
 * The same object while the result and variant stay: components read it through the store.
 */
export function selectRouteReport(s: AppState): RouteReport | null {
  const graph = selectRouteGraph(s);
  if (!graph || !s.route) return null;
  // The result is memoised on the graph (so the corridor) and the query.
  const result = selectRouteResult(s);
  if (memo?.result !== result || memo.variant !== s.routeVariant) {
    const name = (id: string) => placeName(graph, id);
    memo = { result, variant: s.routeVariant, report: routeReport(s.route, result, s.routeVariant, name) };
  }
  return memo.report;
}
