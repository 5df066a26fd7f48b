// A briefing's route step: the route's summary in lines a room can read, from the same report the
// Route region, the figure and the embed use: km by mode, the borders and gauge changes by name,
// the sea crossings with their sourced times. The map highlights the route (the store's route).

import { useI18n } from "../../i18n/i18nContext.ts";
import { placeLabel } from "../../i18n/localLabel.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { selectCorridor } from "../../state/selectors.ts";
import { formatKm } from "../../ui/format.ts";
import { sayRouteReport, selectRouteReport } from "../route/routeReport.ts";
import { borderAt, formatHours, gaugeChangeLabel } from "../route/routeText.ts";
import { useRouteWords } from "../route/useRouteWords.ts";
import { clipPoint } from "./talkingPoints.ts";

export function PresentRoute() {
  const i18n = useI18n();
  const { t, lang, formats } = i18n;
  const words = useRouteWords();
  const english = useAppStore(selectRouteReport);
  // The same report the Route region shows, said in the reader's language (name, km by mode).
  const report = english ? sayRouteReport(english, i18n) : null;
  const corridor = useAppStore(selectCorridor);
  const named = (items: readonly string[]) =>
    items.length > 0 ? clipPoint(items.join("; ")) : t("present.routeNoneItem");
  // The map's short names ("Aktau", not "Aktau Sea Trade Port"): what the room sees on the map.
  const label = (id: string) => {
    const place = corridor?.nodeById.get(id)?.properties;
    return place ? placeLabel(place, lang) : id;
  };
  if (!report) return <p className="present-points">{t("present.routeNone")}</p>;
  const r = report.route;
  const sea = r.seaCrossings.flatMap((i) => {
    const l = r.legs[i];
    return l
      ? [`${label(l.from)} → ${label(l.to)}${l.transit ? `, ${formatHours(l.transit, words)}` : ""}`]
      : [];
  });
  return (
    <ul className="present-points present-route">
      <li>
        <strong>{formatKm(r.km, formats)}</strong> {report.name}: {report.byMode}
      </li>
      <li>
        <strong>{t("present.routeBorders", { count: r.borders.length })}</strong>:{" "}
        {named(r.borders.map((b) => borderAt(b, words)))}
      </li>
      <li>
        <strong>{t("present.routeGauges", { count: r.gaugeChanges.length })}</strong>:{" "}
        {named(r.gaugeChanges.map((g) => gaugeChangeLabel(g, words)))}
      </li>
      <li>
        <strong>{t("present.routeSeas", { count: sea.length })}</strong>: {named(sea)}
      </li>
    </ul>
  );
}
