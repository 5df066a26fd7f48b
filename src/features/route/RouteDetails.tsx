// The chosen variant in detail: its legs in order (from → to, km, mode, gauge, and a transit time
// where a source gives one, with its reference), the borders and gauge changes by name, the sea
// crossings, and what can be said of the total time, all in the reader's language.
import type { RouteSummary } from "../../route/routeSummary.ts";
import { formatKm } from "../../ui/format.ts";
import { RefLinks } from "../details/RefLinks.tsx";
import { borderLabel, formatHours, gaugeChangeLabel, legLabel, transitSentence } from "./routeText.ts";
import type { RouteWords } from "./routeWords.ts";
import { useRouteWords } from "./useRouteWords.ts";

const gaugeText = (gauges: readonly number[], w: RouteWords) =>
  gauges.map((mm) => w.t("route.gaugeMm", { mm })).join(" → ");

function NamedList({ title, items, none }: { title: string; items: readonly string[]; none: string }) {
  return (
    <div className="route-facts">
      <h4>{title}</h4>
      {items.length > 0 ? (
        <ul>
          {items.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{none}</p>
      )}
    </div>
  );
}

export function RouteDetails({ route, name }: { route: RouteSummary; name: string }) {
  const w = useRouteWords();
  const { t, formats } = w;
  const seaLegs = route.seaCrossings.flatMap((i) => {
    const l = route.legs[i];
    return l ? [`${legLabel(l, w)}, ${formatKm(l.km, formats)}`] : [];
  });
  return (
    <div className="route-details">
      <h3>
        {formatKm(route.km, formats)} {name}
      </h3>
      <ol className="route-legs" aria-label={t("route.legs")}>
        {route.legs.map((l, i) => {
          const transit = route.transit.legs.find((x) => x.leg === i);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a route may walk one segment in two legs
            <li key={`${l.segment}:${i}`}>
              <span className="route-leg-places">{legLabel(l, w)}</span>
              <span className="route-leg-meta">
                {formatKm(l.km, formats)} · {w.segment(l.segment, l.name)}
                {l.whole ? "" : ` ${t("route.legPart")}`}
                {l.gauges.length > 0 ? ` · ${gaugeText(l.gauges, w)}` : ""}
              </span>
              {transit && (
                <span className="route-leg-transit">
                  {t("route.legTransit", { hours: formatHours(transit.figure, w) })}{" "}
                  <RefLinks reference={transit.figure.ref} />
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <NamedList
        title={t("route.borders")}
        items={route.borders.map((b) => borderLabel(b, w))}
        none={t("route.noBorder")}
      />
      <NamedList
        title={t("route.gaugeChanges")}
        items={route.gaugeChanges.map((g) => gaugeChangeLabel(g, w))}
        none={t("route.noGaugeChange")}
      />
      <NamedList title={t("route.seaCrossings")} items={seaLegs} none={t("route.noSeaCrossing")} />
      <div className="route-facts">
        <h4>{t("route.transitTime")}</h4>
        <p>{transitSentence(route, w)}</p>
      </div>
      <p className="muted small">{t("route.annotationsNote", { count: route.annotations.count })}</p>
    </div>
  );
}
