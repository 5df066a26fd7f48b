// The chosen variant in detail: its legs in order (from → to, km, mode, gauge, and a transit time
// where a source gives one, with its reference), the borders and gauge changes by name, the sea
// crossings, and what can be said of the total time.
import type { RouteSummary } from "../../route/routeSummary.ts";
import { formatKm } from "../../ui/format.ts";
import { RefLinks } from "../details/RefLinks.tsx";
import { formatHours, transitSentence } from "./routeText.ts";

const gaugeText = (gauges: readonly number[]) =>
  gauges.map((g) => `${g.toLocaleString("en-GB")} mm`).join(" → ");

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
  const seaLegs = route.seaCrossings.flatMap((i) => {
    const l = route.legs[i];
    return l ? [`${l.fromName} → ${l.toName}, ${formatKm(l.km)}`] : [];
  });
  return (
    <div className="route-details">
      <h3>
        {formatKm(route.km)} {name}
      </h3>
      <ol className="route-legs" aria-label="Legs">
        {route.legs.map((l, i) => {
          const transit = route.transit.legs.find((t) => t.leg === i);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a route may walk one segment in two legs
            <li key={`${l.segment}:${i}`}>
              <span className="route-leg-places">
                {l.fromName} → {l.toName}
              </span>
              <span className="route-leg-meta">
                {formatKm(l.km)} · {l.name}
                {l.whole ? "" : " (part)"}
                {l.gauges.length > 0 ? ` · ${gaugeText(l.gauges)}` : ""}
              </span>
              {transit && (
                <span className="route-leg-transit">
                  Transit {formatHours(transit.figure)} <RefLinks reference={transit.figure.ref} />
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <NamedList title="Borders" items={route.borders.map((b) => b.label)} none="No border crossed." />
      <NamedList
        title="Gauge changes"
        items={route.gaugeChanges.map((g) => g.label)}
        none="No gauge change."
      />
      <NamedList title="Sea crossings" items={seaLegs} none="No sea crossing." />
      <div className="route-facts">
        <h4>Transit time</h4>
        <p>{transitSentence(route)}</p>
      </div>
      <p className="muted small">
        {route.annotations.count} annotation{route.annotations.count === 1 ? "" : "s"} from the sources on its
        lines and places.
      </p>
    </div>
  );
}
