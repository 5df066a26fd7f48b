// How the camera frames a subject, shared by the map and the still overview that stands in for it.

/** Px left between what is presented and the edge of the free area (at least 24, as asked). */
export const FIT_MARGIN = 32;
/** On a narrow map (under 640 px wide: phones, portrait tablets beside the list) 32 px each side
 * would take a sixth of the width; 24 is the least a frame may leave, and labels need a few px of halo. */
export const NARROW_FIT_MARGIN = 28;

/** The margin for a map this wide. */
export const fitMargin = (mapWidth: number) => (mapWidth < 640 ? NARROW_FIT_MARGIN : FIT_MARGIN);
/** A fitted view zooms in no further than this, so a place keeps its surroundings. */
export const MAX_FIT_ZOOM = 7.5;

/**
 * The most a view may show, west, south, east, north: inside the basemap's clip box
 * (scripts/buildBasemap.ts), so its cut edges never show; far enough south that a portrait
 * phone or tablet can zoom out to the whole corridor, and east that the Yellow Sea end can be
 * framed clear of the details panel. The map's maxBounds and the still overview's limit.
 */
export const MAX_VIEW_BOUNDS: [number, number, number, number] = [-15, -58, 176, 76];
