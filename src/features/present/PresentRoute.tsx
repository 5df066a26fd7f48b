// A briefing's route step: the route's summary in lines a room can read, from the same report the
// Route region, the figure and the embed use: km by mode, the borders and gauge changes by name,
// the sea crossings with their sourced times. The map highlights the route (the store's route).

import { useAppStore } from "../../state/StoreContext.tsx";
import { selectCorridor } from "../../state/selectors.ts";
import { formatKm } from "../../ui/format.ts";
import { selectRouteReport } from "../route/routeReport.ts";
import { borderPlaces, formatHours } from "../route/routeText.ts";
import { clipPoint } from "./talkingPoints.ts";

const named = (items: readonly string[], none: string) =>
  items.length > 0 ? clipPoint(items.join("; ")) : none;

export function PresentRoute() {
  const report = useAppStore(selectRouteReport);
  const corridor = useAppStore(selectCorridor);
  // The map's short names ("Aktau", not "Aktau Sea Trade Port"): what the room sees on the map.
  const label = (id: string) => corridor?.nodeById.get(id)?.properties.label ?? id;
  if (!report) return <p className="present-points">No route joins these places in the data.</p>;
  const r = report.route;
  const sea = r.seaCrossings.flatMap((i) => {
    const l = r.legs[i];
    return l ? [`${label(l.from)} → ${label(l.to)}${l.transit ? `, ${formatHours(l.transit)}` : ""}`] : [];
  });
  return (
    <ul className="present-points present-route">
      <li>
        <strong>{formatKm(r.km)}</strong> {report.name}: {report.byMode}
      </li>
      <li>
        <strong>
          {r.borders.length} {r.borders.length === 1 ? "border" : "borders"}
        </strong>
        :{" "}
        {named(
          r.borders.map((b) => borderPlaces(b.label)),
          "none",
        )}
      </li>
      <li>
        <strong>
          {r.gaugeChanges.length} {r.gaugeChanges.length === 1 ? "gauge change" : "gauge changes"}
        </strong>
        :{" "}
        {named(
          r.gaugeChanges.map((g) => g.label),
          "none",
        )}
      </li>
      <li>
        <strong>
          {sea.length} {sea.length === 1 ? "sea crossing" : "sea crossings"}
        </strong>
        : {named(sea, "none")}
      </li>
    </ul>
  );
}
