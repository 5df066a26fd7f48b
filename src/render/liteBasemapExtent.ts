// The still embed's basemap (basemap-lite.topojson, built by scripts/lib/liteBasemap.ts) covers
// only the corridor's region, simplified for the zooms an embed shows. Its picture is kept
// inside this box, as the map's view is kept inside the full basemap (MAX_VIEW_BOUNDS).
export const LITE_BASEMAP_FILE = "basemap-lite.topojson";

/** West, south, east, north: the corridor (26°E–120°E, 34°N–51°N) with room for any embed's shape. */
export const LITE_BASEMAP_BOUNDS: [number, number, number, number] = [0, 5, 140, 68];
