// The still embed's basemap (basemap-lite.topojson, built by scripts/lib/liteBasemap.ts): the
// full basemap clipped to what any view may show (the map's MAX_VIEW_BOUNDS, so a still picture
// frames exactly as the map does, also in a phone-sized frame that reaches Africa), simplified
// for the zooms an embed shows, less the farther from the corridor.
import type { Lang } from "../i18n/languages.ts";
import { MAX_VIEW_BOUNDS } from "../map/fitLimits.ts";

/** One file per language (its names only): basemap-lite.topojson in English, else basemap-lite.<lang>.topojson. */
export const liteBasemapFile = (lang: Lang) =>
  lang === "en" ? "basemap-lite.topojson" : `basemap-lite.${lang}.topojson`;

/** West, south, east, north: the extent of the lite basemap, where the picture is kept. */
export const LITE_BASEMAP_BOUNDS = MAX_VIEW_BOUNDS;
