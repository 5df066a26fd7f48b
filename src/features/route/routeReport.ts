// A route as the outputs report it: the figure's table, the embed's summary, the briefing's
// caption and the data downloads all say the same thing as the Route region, from the same rows
// (routeText.ts), so a figure never disagrees with the screen it was made from. Pure. The store's
// report is English (the outputs that are not translated read it as before); `sayRouteReport`
// says the same report in the reader's language, from the ids and names it carries.
import type { I18n } from "../../i18n/i18nContext.ts";
import type { RouteResult } from "../../route/findRoutes.ts";
import { placeName } from "../../route/routeLegs.ts";
import type { RouteQuery } from "../../route/routeQuery.ts";
import type { RouteSummary } from "../../route/routeSummary.ts";
import { selectRouteGraph, selectRouteResult, shownVariant } from "../../state/routeSelectors.ts";
import type { AppState } from "../../state/store.ts";
import {
  arrow,
  type CompareRow,
  compareRows,
  compareSet,
  kmByMode,
  variantCounts,
  variantNames,
} from "./routeText.ts";
import { graphNames, type RouteNames, routeWords } from "./routeWords.ts";

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
  /** What it was made from, so it can be said again in another language (sayRouteReport). */
  query?: RouteQuery;
  routes?: readonly RouteSummary[];
  /** The places' and segments' names in every language; absent, only the English is known. */
  names?: RouteNames;
  /** The language its texts are in ("en" when made by routeReport without i18n). */
  lang?: string;
}

export function routeReport(
  query: RouteQuery | null,
  result: RouteResult | null,
  variant: number,
  placeName: (id: string) => string,
  names?: RouteNames,
  i18n?: I18n,
): RouteReport | null {
  if (!query || result?.type !== "routes") return null;
  const chosen = shownVariant(result, variant);
  const route = result.routes[chosen];
  if (!route) return null;
  const w = routeWords(i18n, names ?? null);
  const place = (id: string) => w.place(id, placeName(id));
  const variants = variantNames(result.routes, w);
  const name = variants[chosen] ?? "";
  const leg = arrow(place(query.from), place(query.to));
  const title =
    query.via.length > 0
      ? w.t("route.titleVia", { leg, via: query.via.map(place).join(w.t("route.listSep")) })
      : leg;
  const columns = compareSet(result.routes.length, chosen);
  const shown = columns.flatMap((i) => result.routes[i] ?? []);
  const count = result.routes.length;
  return {
    title,
    chosen,
    count,
    name,
    route,
    headline:
      count > 1
        ? w.t("route.headlineOf", { title, name, n: chosen + 1, count })
        : w.t("route.headline", { title, name }),
    counts: variantCounts(route, w),
    byMode: kmByMode(route, w),
    table: {
      heads: columns.map((i) => `${i + 1}. ${variants[i] ?? ""}`),
      columns,
      chosenColumn: columns.indexOf(chosen),
      rows: compareRows(shown, w),
    },
    query,
    routes: result.routes,
    ...(names ? { names } : {}),
    lang: w.lang,
  };
}

/**
 * The report said in the reader's language (the same object when it already is, or when it
 * does not carry what it was made from). Place names fall back to the English the report has.
 */
export function sayRouteReport(report: RouteReport, i18n: I18n): RouteReport {
  if (report.lang === i18n.lang || !report.query || !report.routes) return report;
  const english = new Map<string, string>();
  for (const r of report.routes)
    for (const l of r.legs) {
      english.set(l.from, l.fromName);
      english.set(l.to, l.toName);
    }
  const result = { type: "routes" as const, routes: [...report.routes] };
  const again = routeReport(
    report.query,
    result,
    report.chosen,
    (id) => english.get(id) ?? id,
    report.names,
    i18n,
  );
  return again ?? report;
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
    const report = routeReport(s.route, result, s.routeVariant, name, graphNames(graph));
    memo = { result, variant: s.routeVariant, report };
  }
  return memo.report;
}
