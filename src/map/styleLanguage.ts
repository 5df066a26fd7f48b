// The language changes (the menu): the labels' texts and the fonts of the style built in the new
// language are copied onto the live map, nothing else, so the map relabels without a reload.
import type { LayerSpecification, Map as MlMap, StyleSpecification } from "maplibre-gl";

export function applyStyleLanguage(map: MlMap, style: StyleSpecification): void {
  map.setFontFaces(style["font-faces"] ?? null);
  for (const layer of style.layers as (LayerSpecification & { layout?: Record<string, unknown> })[]) {
    const text = layer.layout?.["text-field"];
    // Values straight from our own style, so they are valid for the property they came from.
    if (text !== undefined && map.getLayer(layer.id))
      map.setLayoutProperty(layer.id, "text-field", text as never);
  }
}
