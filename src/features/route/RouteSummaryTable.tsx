// The chosen route in one line of a table, for places with little room (an embed's footer): the
// route's name and its measures side by side, the same rows as the Route region's compare table
// (routeText.ts compareRows via routeReport). Its cells wrap in a narrow frame.
import type { RouteReport } from "./routeReport.ts";
import "./route.css";

export function RouteSummaryTable({ report }: { report: RouteReport }) {
  const column = report.table.chosenColumn;
  return (
    <section className="route-summary-table" aria-label="Route summary">
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
