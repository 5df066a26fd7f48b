// Layout sizes that both the CSS (as custom properties set by the shell) and the map's camera
// padding need, kept in one place.

/** Width of the details panel that floats over the right of the map, in px. */
export const DETAILS_PANEL_WIDTH = 380;
/** Gap between the panel and the map's edge, in px. */
export const PANEL_MARGIN = 12;
/** Below this map width the panel no longer floats beside the map content. */
export const WIDE_MAP_MIN_WIDTH = 760;

// The narrow layouts (src/styles/phone.css uses the same widths in its media queries).
/** Phones: the lists move into a drawer behind a "List" button, the legend starts folded. */
export const PHONE_QUERY = "(max-width: 640px)";
/** Phones and portrait tablets: in explore mode the details become a bottom sheet over the map,
 * which keeps the map's whole width (a 380 px side panel would hide most of it). */
export const SHEET_QUERY = "(max-width: 1023px)";
/** Share of the map's height the bottom sheet takes when a selection opens it. */
export const SHEET_HALF_SHARE = 0.45;
/** Where fingers, not a mouse, are expected: targets grow to 44 × 44 CSS px (WCAG 2.5.5), and the
 * briefing shows step buttons since there are no keys to press. */
export const TOUCH_QUERY = "(max-width: 1023px), (pointer: coarse)";
