// The Route region (issue 16): From, To and places on the way; the routes found, one chosen
// (highlighted on the map and framed); its details; a compare table. Everything comes from the
// store's form and the one memoised route selector, which the map's binding reads too.
import { useMemo } from "react";
import "./route.css";
import type { Corridor } from "../../data/corridor.ts";
import { localName } from "../../i18n/localName.ts";
import { EMPTY_ROUTE_FORM } from "../../route/routeQuery.ts";
import { selectRouteResult, shownVariant } from "../../state/routeSelectors.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { PHONE_QUERY } from "../../ui/layout.ts";
import { useMediaQuery } from "../../ui/useMediaQuery.ts";
import type { PlaceOption } from "./PlaceField.tsx";
import { RouteCompare } from "./RouteCompare.tsx";
import { RouteDetails } from "./RouteDetails.tsx";
import { RouteFormFields } from "./RouteFormFields.tsx";
import { RouteMapKey } from "./RouteMapKey.tsx";
import { RouteVariants } from "./RouteVariants.tsx";
import { routeStatus } from "./routeStatus.ts";
import { compareSet, variantNames } from "./routeText.ts";
import type { RouteWords } from "./routeWords.ts";
import { useRouteWords } from "./useRouteWords.ts";

/** The places to choose from, by their names in the reader's language, in its alphabetical order. */
function placeOptions(corridor: Corridor, w: RouteWords): PlaceOption[] {
  return corridor.nodes
    .map((n) => ({ id: n.properties.id, name: localName(n.properties, w.lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, w.locale));
}

export function RoutePanel({ corridor }: { corridor: Corridor }) {
  const form = useAppStore((s) => s.routeForm) ?? EMPTY_ROUTE_FORM;
  const setRouteForm = useAppStore((s) => s.setRouteForm);
  const result = useAppStore(selectRouteResult);
  const variant = useAppStore((s) => s.routeVariant);
  const choose = useAppStore((s) => s.chooseRouteVariant);
  // On phones the region is in the drawer over the map: a way back to the map to see the route.
  const phone = useMediaQuery(PHONE_QUERY);
  const setDrawerOpen = useAppStore((s) => s.setDrawerOpen);
  const w = useRouteWords();
  const { t } = w;
  const places = useMemo(() => placeOptions(corridor, w), [corridor, w]);
  const routes = result?.type === "routes" ? result.routes : null;
  const names = useMemo(() => (routes ? variantNames(routes, w) : []), [routes, w]);
  const chosen = shownVariant(result, variant);
  const route = routes?.[chosen];
  return (
    <section className="route-panel" aria-label={t("route.heading")}>
      <header className="route-header">
        <h2>{t("route.heading")}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t("route.close")}
          onClick={() => setRouteForm(null)}
        >
          ×
        </button>
      </header>
      <RouteFormFields form={form} places={places} onChange={setRouteForm} />
      {/* Said when it changes: how many routes, or why there is none. */}
      <p className="route-status" role="status">
        {routeStatus(result, w)}
      </p>
      {routes && route && (
        <>
          <RouteVariants routes={routes} names={names} chosen={chosen} onChoose={choose} />
          <RouteMapKey others={routes.length > 1} />
          {phone && (
            <button type="button" className="route-show-map" onClick={() => setDrawerOpen(false)}>
              {t("route.showOnMap")}
            </button>
          )}
          <RouteDetails route={route} name={names[chosen] ?? ""} />
          <RouteCompare routes={routes} names={names} columns={compareSet(routes.length, chosen)} />
        </>
      )}
    </section>
  );
}
