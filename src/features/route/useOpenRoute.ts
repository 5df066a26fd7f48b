// Opening the Route region from anywhere in explore mode (the header's Route, a place's "Route
// from here"): the form keeps what it had, with the given place set; on phones the drawer it
// heads opens; the keyboard goes to its first empty place.
import { EMPTY_ROUTE_FORM, type RouteForm } from "../../route/routeQuery.ts";
import { useStoreApi } from "../../state/StoreContext.tsx";
import { PHONE_QUERY } from "../../ui/layout.ts";
import { useMediaQuery } from "../../ui/useMediaQuery.ts";
import { focusRouteField } from "./routeContext.ts";

export function useOpenRoute(): (patch?: Partial<RouteForm>) => void {
  const store = useStoreApi();
  const phone = useMediaQuery(PHONE_QUERY);
  return (patch = {}) => {
    const s = store.getState();
    s.setRouteForm({ ...(s.routeForm ?? EMPTY_ROUTE_FORM), ...patch });
    if (phone) s.setDrawerOpen(true);
    focusRouteField();
  };
}
