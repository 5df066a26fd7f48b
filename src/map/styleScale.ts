// A briefing's display scale changes with the window (full screen, another projector): the
// sizes of the style built at the new scale are copied onto the live map, nothing else.
import type { LayerSpecification, Map as MlMap, StyleSpecification } from "maplibre-gl";

/** The properties buildStyle multiplies by its scale. */
const SIZED_LAYOUT = ["text-size", "icon-size"] as const;
const SIZED_PAINT = ["line-width", "circle-radius", "circle-stroke-width", "text-halo-width"] as const;

export function applyStyleScale(map: MlMap, style: StyleSpecification): void {
  for (const layer of style.layers as (LayerSpecification & {
    layout?: Record<string, unknown>;
    paint?: Record<string, unknown>;
  })[]) {
    if (!map.getLayer(layer.id)) continue;
    // Values straight from our own style, so they are valid for the property they came from.
    for (const p of SIZED_LAYOUT)
      if (layer.layout?.[p] !== undefined) map.setLayoutProperty(layer.id, p, layer.layout[p] as never);
    for (const p of SIZED_PAINT)
      if (layer.paint?.[p] !== undefined) map.setPaintProperty(layer.id, p, layer.paint[p] as never);
  }
}
