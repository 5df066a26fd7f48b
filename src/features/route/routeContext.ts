// Whether a place's details offer "Route from here" / "Route to here" (the explore page, where
// the Route region is), and what they do. Embeds provide nothing, so no such button shows there.
import { createContext, useContext } from "react";

export type RouteHere = (end: "from" | "to", placeId: string) => void;

export const RouteHereContext = createContext<RouteHere | null>(null);

export const useRouteHere = () => useContext(RouteHereContext);

/** Moves focus to the Route region's first empty place (after it has rendered). */
export function focusRouteField() {
  requestAnimationFrame(() => {
    const inputs = [...document.querySelectorAll<HTMLInputElement>(".route-panel input[type=text]")];
    (inputs.find((i) => i.value === "") ?? inputs[0])?.focus();
  });
}
