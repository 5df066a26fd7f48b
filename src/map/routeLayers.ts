// The route's two halo layers, drawn under the corridor's lines like the "what changed" halo:
// wide and strong under the chosen variant, thinner and paler under the other variants, so the
// chosen way reads at a glance and the alternatives stay visible. They draw their own small
// source, the stretches the variants walk (src/route/routeGeometry.ts), not whole segments: a variant
// may take only part of one.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from "maplibre-gl";
import { BASEMAP_PALETTE as PALETTE } from "../layers/basemapPalette.ts";
import { ROUTE_HALO } from "../layers/routeHaloSpec.ts";
import { LAYER_ROUTE_CHOSEN, LAYER_ROUTE_OTHERS, SOURCE_ROUTE } from "./layerIds.ts";

/** Opacities of the two halos (the palette test composes the colours with them). */
export const ROUTE_CHOSEN_OPACITY = ROUTE_HALO.chosen.opacity;
export const ROUTE_OTHERS_OPACITY = ROUTE_HALO.others.opacity;

/** The route source's stretches of one halo. */
const roleFilter = (role: "chosen" | "others"): FilterSpecification => ["==", ["get", "role"], role];

type ByZoom = (a: number, b: number) => ExpressionSpecification;

export function routeLayers(byZoom: ByZoom, offset: ExpressionSpecification): LayerSpecification[] {
  const halo = (
    id: string,
    role: "chosen" | "others",
    color: string,
    width: ExpressionSpecification,
    opacity: number,
  ) =>
    ({
      id,
      type: "line",
      source: SOURCE_ROUTE,
      filter: roleFilter(role),
      layout: { "line-join": "round", "line-cap": "round" },
      paint: { "line-color": color, "line-width": width, "line-opacity": opacity, "line-offset": offset },
    }) satisfies LayerSpecification;
  return [
    halo(
      LAYER_ROUTE_OTHERS,
      "others",
      PALETTE.routeOthers,
      byZoom(...ROUTE_HALO.others.widths),
      ROUTE_OTHERS_OPACITY,
    ),
    halo(
      LAYER_ROUTE_CHOSEN,
      "chosen",
      PALETTE.routeChosen,
      byZoom(...ROUTE_HALO.chosen.widths),
      ROUTE_CHOSEN_OPACITY,
    ),
  ];
}
