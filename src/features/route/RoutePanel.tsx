// The Route region (issue 16): From, To and places on the way; the routes found, one chosen
// (highlighted on the map and framed); its details; a compare table. Everything comes from the
// store's form and the one memoised route selector, which the map's binding reads too.
import { useMemo } from "react";
import "./route.css";
import type { Corridor } from "../../data/corridor.ts";
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
import { compareSet, variantNames } from "./routeText.ts";

function placeOptions(corridor: Corridor): PlaceOption[] {
  return corridor.nodes
    .map((n) => ({ id: n.properties.id, name: n.properties.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
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
  const places = useMemo(() => placeOptions(corridor), [corridor]);
  const routes = result?.type === "routes" ? result.routes : null;
  const names = useMemo(() => (routes ? variantNames(routes) : []), [routes]);
  const chosen = shownVariant(result, variant);
  const route = routes?.[chosen];
  return (
    <section className="route-panel" aria-label="Route">
      <header className="route-header">
        <h2>Route</h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close route"
          onClick={() => setRouteForm(null)}
        >
          ×
        </button>
      </header>
      <RouteFormFields form={form} places={places} onChange={setRouteForm} />
      {/* Said when it changes: how many routes, or why there is none. */}
      <p className="route-status" role="status">
        {result === null
          ? "Choose From and To."
          : result.type === "routes"
            ? `${result.routes.length} ${result.routes.length === 1 ? "route" : "routes"} found.`
            : result.message}
      </p>
      {routes && route && (
        <>
          <RouteVariants routes={routes} names={names} chosen={chosen} onChoose={choose} />
          <RouteMapKey others={routes.length > 1} />
          {phone && (
            <button type="button" className="route-show-map" onClick={() => setDrawerOpen(false)}>
              Show on the map
            </button>
          )}
          <RouteDetails route={route} name={names[chosen] ?? ""} />
          <RouteCompare routes={routes} names={names} columns={compareSet(routes.length, chosen)} />
        </>
      )}
    </section>
  );
}
