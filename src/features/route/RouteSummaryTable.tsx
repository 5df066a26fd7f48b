// The chosen route in one line of a table, for places with little room (an embed's footer): the
// route's name and its measures side by side, the same rows as the Route region's compare table
// (routeText.ts compareRows via routeReport), in the reader's language. Its cells wrap in a
// narrow frame. No store: the still embed shows it too.
import { useMemo } from "react";
import { useI18n } from "../../i18n/i18nContext.ts";
import { type RouteReport, sayRouteReport } from "./routeReport.ts";
import "./route.css";

export function RouteSummaryTable({ report: given }: { report: RouteReport }) {
  const i18n = useI18n();
  const report = useMemo(() => sayRouteReport(given, i18n), [given, i18n]);
  const column = report.table.chosenColumn;
  return (
    <section className="route-summary-table" aria-label={i18n.t("route.summary")}>
      <table>
        <caption>{report.headline}</caption>
        <thead>
          <tr>
            {report.table.rows.map((r) => (
              <th key={r.label} scope="col">
                {r.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {report.table.rows.map((r) => (
              <td key={r.label}>{r.values[column]}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
