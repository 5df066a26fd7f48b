// Layout sizes that both the CSS (as custom properties set by the shell) and the map's camera
// padding need, kept in one place.

/** Width of the details panel that floats over the right of the map, in px. */
export const DETAILS_PANEL_WIDTH = 380;
/** Gap between the panel and the map's edge, in px. */
export const PANEL_MARGIN = 12;
/** Below this map width the panel no longer floats beside the map content. */
export const WIDE_MAP_MIN_WIDTH = 760;
