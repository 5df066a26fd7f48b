// The route's two halo layers, drawn under the corridor's lines like the "what changed" halo:
// wide and strong under the chosen variant, thinner and paler under the other variants, so the
// chosen way reads at a glance and the alternatives stay visible. Filtered by segment id.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from "maplibre-gl";
import { BASEMAP_PALETTE as PALETTE } from "../layers/basemapPalette.ts";
import { LAYER_ROUTE_CHOSEN, LAYER_ROUTE_OTHERS, SOURCE_CORRIDOR } from "./layerIds.ts";

/** Opacities of the two halos (the palette test composes the colours with them). */
export const ROUTE_CHOSEN_OPACITY = 0.55;
export const ROUTE_OTHERS_OPACITY = 0.45;

const NONE = "__none__";

/** The segments with these ids (none for []). */
export const routeFilter = (ids: readonly string[]): FilterSpecification => [
  "all",
  ["==", ["get", "featureType"], "segment"],
  ["in", ["get", "id"], ["literal", [...ids, NONE]]],
];

type ByZoom = (a: number, b: number) => ExpressionSpecification;

export function routeLayers(byZoom: ByZoom, offset: ExpressionSpecification): LayerSpecification[] {
  const halo = (id: string, color: string, width: ExpressionSpecification, opacity: number) =>
    ({
      id,
      type: "line",
      source: SOURCE_CORRIDOR,
      filter: routeFilter([]),
      layout: { "line-join": "round", "line-cap": "round" },
      paint: { "line-color": color, "line-width": width, "line-opacity": opacity, "line-offset": offset },
    }) satisfies LayerSpecification;
  return [
    halo(LAYER_ROUTE_OTHERS, PALETTE.routeOthers, byZoom(7, 11), ROUTE_OTHERS_OPACITY),
    halo(LAYER_ROUTE_CHOSEN, PALETTE.routeChosen, byZoom(11, 18), ROUTE_CHOSEN_OPACITY),
  ];
}
