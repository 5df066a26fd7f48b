// The routes found, shortest first, as a radio group: one is chosen (highlighted on the map,
// shown in detail); arrow keys move between them as in any radio group.
import { useId } from "react";
import type { RouteSummary } from "../../route/routeSummary.ts";
import { formatKm } from "../../ui/format.ts";
import { kmByMode, variantCounts } from "./routeText.ts";
import { useRouteWords } from "./useRouteWords.ts";

export function RouteVariants({
  routes,
  names,
  chosen,
  onChoose,
}: {
  routes: readonly RouteSummary[];
  names: readonly string[];
  chosen: number;
  onChoose: (index: number) => void;
}) {
  const group = useId();
  const w = useRouteWords();
  return (
    <fieldset className="route-variants">
      <legend>
        {routes.length === 1 ? w.t("route.theRoute") : w.t("route.variants", { count: routes.length })}
      </legend>
      <ul>
        {routes.map((r, i) => (
          <li key={r.id}>
            <label className="route-variant" data-chosen={i === chosen || undefined}>
              <input type="radio" name={group} checked={i === chosen} onChange={() => onChoose(i)} />
              <span className="route-variant-text">
                <span className="route-variant-head">
                  <strong>
                    {i + 1}. {formatKm(r.km, w.formats)}
                  </strong>{" "}
                  {names[i]}
                </span>
                <span className="route-variant-meta">{kmByMode(r, w)}</span>
                <span className="route-variant-meta">{variantCounts(r, w)}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
