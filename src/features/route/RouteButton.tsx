// "Route" in the explore header (in the list drawer's head on phones): opens the Route region,
// or closes it (and drops the route) when pressed again.
import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18nContext.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { RouteHereContext } from "./routeContext.ts";
import { useOpenRoute } from "./useOpenRoute.ts";

export function RouteButton() {
  const open = useAppStore((s) => s.routeForm !== null);
  const setRouteForm = useAppStore((s) => s.setRouteForm);
  const openRoute = useOpenRoute();
  const { t } = useI18n();
  return (
    <button type="button" aria-pressed={open} onClick={() => (open ? setRouteForm(null) : openRoute())}>
      {t("route.button")}
    </button>
  );
}

/** Gives a place's details their "Route from here" / "Route to here" (explore mode only). */
export function RouteHereProvider({ children }: { children: ReactNode }) {
  const openRoute = useOpenRoute();
  return (
    <RouteHereContext.Provider value={(end, placeId) => openRoute({ [end]: placeId })}>
      {children}
    </RouteHereContext.Provider>
  );
}
