// The route's halos in the SVG figure, as the map draws them (src/map/routeLayers.ts): wide and
// strong under the chosen variant's stretches, thinner and paler under the other variants', both
// under the corridor's lines. The lines come cut to the stretches (src/route/routeGeometry.ts).
import type { Position } from "geojson";
import { BASEMAP_PALETTE } from "../layers/basemapPalette.ts";
import { ROUTE_HALO } from "../layers/routeHaloSpec.ts";

export interface RouteHaloLines {
  chosen: Position[][];
  others: Position[][];
}

type PathOf = (lines: Position[][]) => string;

/** The two halo paths (others first, so the chosen one lies on top), with their ids. */
export function routeHaloAttrs(route: RouteHaloLines, pathOf: PathOf, k: number) {
  const halo = (role: "chosen" | "others", lines: Position[][]) => ({
    id: `route-${role}`,
    "data-route-role": role,
    d: pathOf(lines),
    fill: "none",
    stroke: role === "chosen" ? BASEMAP_PALETTE.routeChosen : BASEMAP_PALETTE.routeOthers,
    "stroke-width": ROUTE_HALO[role].widths[0] * k,
    "stroke-opacity": ROUTE_HALO[role].opacity,
    "stroke-linecap": "round",
    "stroke-linejoin": "round",
  });
  return [halo("others", route.others), halo("chosen", route.chosen)].filter((h) => h.d !== "");
}
