// The zoom staging of the corridor's places, shared by the place symbols (style.ts) and the
// basemap's cities (basemapLayers.ts), which give way wherever a corridor place is drawn.
import type { ExpressionSpecification } from "maplibre-gl";

/** The highest place rank whose symbol is drawn at the current zoom (1 at country zoom, 3 close up). */
export const NODE_SYMBOL_RANK: ExpressionSpecification = ["step", ["zoom"], 1, 4.5, 2, 6.5, 3];
/** The highest place rank whose label is drawn at the current zoom. */
export const NODE_LABEL_RANK: ExpressionSpecification = ["step", ["zoom"], 1, 5, 2, 7, 3];
