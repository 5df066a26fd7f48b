// How the camera frames a subject, shared by the map and the still overview that stands in for it.

/** Px left between what is presented and the edge of the free area (at least 24, as asked). */
export const FIT_MARGIN = 32;
/** A fitted view zooms in no further than this, so a place keeps its surroundings. */
export const MAX_FIT_ZOOM = 7.5;
