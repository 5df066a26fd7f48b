// Sizes that grow with the zoom, shared by the corridor's layers (style.ts) and the basemap's
// (basemapLayers.ts).
import type { ExpressionSpecification } from "maplibre-gl";

/** Sizes in px that grow from zoom 3 to zoom 8, times the display scale (a briefing's). */
export const zoomRamp =
  (scale: number) =>
  (a: number, b: number): ExpressionSpecification => [
    "interpolate",
    ["linear"],
    ["zoom"],
    3,
    a * scale,
    8,
    b * scale,
  ];
