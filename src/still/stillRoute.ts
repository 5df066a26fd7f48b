// A still embed of a route link (`&route=…`): what the picture adds, loaded only then (its own
// chunk): the route found as the Route region finds it, on the full corridor (the lite file has
// no gauges, transit times or annotations, which the summary counts), its halos' lines, the
// subject that frames it, and the summary table's report.
import type { Corridor } from "../data/corridor.ts";
import { fetchCorridor } from "../data/fetchCorridor.ts";
import { type RouteReport, routeReport } from "../features/route/routeReport.ts";
import { graphNames } from "../features/route/routeWords.ts";
import { measureLabelText } from "../map/measureText.ts";
import { cameraSubject } from "../map/routeOnMap.ts";
import type { Subject } from "../map/subjectFit.ts";
import type { RouteHaloLines } from "../render/routeHalo.ts";
import { findRoutes } from "../route/findRoutes.ts";
import { routeHaloLines } from "../route/routeGeometry.ts";
import { buildRouteGraph } from "../route/routeGraph.ts";
import { placeName } from "../route/routeLegs.ts";
import type { RouteQuery } from "../route/routeQuery.ts";
import { routeHighlight } from "../state/routeSelectors.ts";

export { RouteSummaryTable } from "../features/route/RouteSummaryTable.tsx";

export interface StillRoute {
  report: RouteReport;
  lines: RouteHaloLines;
  subject: Subject | null;
}

export function stillRoute(corridor: Corridor, query: RouteQuery, variant: number): StillRoute | null {
  const graph = buildRouteGraph(corridor);
  const result = findRoutes(graph, query);
  // With the graph's names in every language, so the summary table says it in the embed's.
  const report = routeReport(query, result, variant, (id) => placeName(graph, id), graphNames(graph));
  const highlight = routeHighlight(result, variant);
  if (!report || !highlight) return null;
  const subject = cameraSubject(
    corridor,
    { type: "fit-stretches", ids: highlight.chosen, ends: highlight.ends, seq: 0 },
    measureLabelText,
    1,
  );
  return { report, lines: routeHaloLines(corridor, highlight), subject };
}

/** The route on the full corridor (fetched now); null when it cannot be found or loaded. */
export async function loadStillRoute(query: RouteQuery, variant: number): Promise<StillRoute | null> {
  try {
    return stillRoute(await fetchCorridor(), query, variant);
  } catch (e) {
    // The picture is still a picture without its route.
    console.error(e);
    return null;
  }
}
