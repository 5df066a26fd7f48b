// Up to three variants side by side, as a real table: a column per variant, a row per measure.
import type { RouteSummary } from "../../route/routeSummary.ts";
import { compareRows } from "./routeText.ts";
import { useRouteWords } from "./useRouteWords.ts";

export function RouteCompare({
  routes,
  names,
  columns,
}: {
  routes: readonly RouteSummary[];
  names: readonly string[];
  /** The variants compared, by index in the list. */
  columns: readonly number[];
}) {
  const w = useRouteWords();
  const shown = columns.flatMap((i) => routes[i] ?? []);
  if (shown.length < 2) return null;
  const rows = compareRows(shown, w);
  return (
    <div className="route-compare">
      <table>
        <caption>{w.t("route.compare")}</caption>
        <thead>
          <tr>
            <td />
            {columns.map((i) => (
              <th key={i} scope="col">
                {/* A line may break after a slash: "Alashankou/Dostyk" is one long word. */}
                {i + 1}. {names[i]?.replaceAll("/", "/\u200B")}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {r.values.map((v, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are the variants in order
                <td key={j}>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
