// The images the style's symbol layers use, rasterised in code (no sprite file): the trade-flow
// chevron and the basemap's city dots. Added at style load by the controller and the bench floor.
import type { Map as MlMap } from "maplibre-gl";
import { BASEMAP_PALETTE } from "../layers/basemapPalette.ts";
import { FLOW_KINDS, KINDS } from "../layers/registry.ts";
import { BASEMAP_IMAGE_PIXEL_RATIO, basemapImages } from "./basemapImages.ts";
import { chevronImage } from "./flowArrow.ts";
import { IMAGE_FLOW_ARROW } from "./layerIds.ts";

export function addStyleImages(map: MlMap): void {
  // 2× pixels for sharp arrows and dots on high-density screens.
  map.addImage(IMAGE_FLOW_ARROW, chevronImage(32, KINDS[FLOW_KINDS[0] ?? "trade-flow"].color), {
    pixelRatio: 2,
  });
  for (const [id, image] of basemapImages(BASEMAP_PALETTE.cityDot, BASEMAP_PALETTE.halo))
    map.addImage(id, image, { pixelRatio: BASEMAP_IMAGE_PIXEL_RATIO });
}
