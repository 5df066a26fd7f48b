// Sizes that grow with the zoom and ranks shown by zoom, shared by the corridor's layers (style.ts) and the basemap's
// (basemapLayers.ts).
import type { ExpressionSpecification } from "maplibre-gl";
import type { RankSteps } from "../layers/zoomStaging.ts";

/** The highest rank shown at the current zoom, from the staging data (src/layers/zoomStaging.ts). */
export const rankStep = (steps: RankSteps): ExpressionSpecification =>
  ["step", ["zoom"], ...steps] as unknown as ExpressionSpecification;

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
