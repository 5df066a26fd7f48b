// The basemap's water and names beyond countries (built by `npm run basemap` from Natural Earth,
// see data/basemap/README.md): lakes and rivers drawn with the land, and the names of rivers,
// lakes, cities, seas and countries, each staged by zoom from the `minzoom`/`rank` the build
// wrote. style.ts puts the water under the coasts and the names under every corridor layer, so
// the corridor's own places and names are placed first and these give way to them.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from "maplibre-gl";
import { DEFAULT_LANG, type Lang } from "../i18n/languages.ts";
import { BASEMAP_PALETTE as PALETTE } from "../layers/basemapPalette.ts";
import { COUNTRY_LABEL_RANKS, NODE_SYMBOL_RANKS, SEA_LABEL_RANKS } from "../layers/zoomStaging.ts";
import { IMAGE_CAPITAL, IMAGE_CITY } from "./basemapImages.ts";
import { basemapName, countryLabel } from "./labelText.ts";
import { SOURCE_BASEMAP } from "./layerIds.ts";
import { rankStep, zoomRamp } from "./zoomRamp.ts";

export const LAYER_LAKES = "lakes";
export const LAYER_RIVERS = "rivers";
export const LAYER_RIVER_LABELS = "river-labels";
export const LAYER_LAKE_LABELS = "lake-labels";
export const LAYER_CITY_LABELS = "city-labels";
export const LAYER_SEA_LABELS = "sea-labels";
export const LAYER_COUNTRY_LABELS = "country-labels";
/** Every basemap symbol layer, top first (the order MapLibre places them in). */
export const BASEMAP_LABEL_LAYERS = [
  LAYER_COUNTRY_LABELS,
  LAYER_SEA_LABELS,
  LAYER_CITY_LABELS,
  LAYER_LAKE_LABELS,
  LAYER_RIVER_LABELS,
] as const;

/** Feature state on a city that stands where a selection's place is named: drawn clear. */
export const SUBJECT_STATE = "subject";

const layerIs = (name: string): ExpressionSpecification => ["==", ["get", "layer"], name];
/** Shown from the feature's own `minzoom` (evaluated at the tile's whole zoom). */
const fromItsZoom = (prop = "minzoom"): ExpressionSpecification => ["<=", ["get", prop], ["zoom"]];

/**
 * A city where a corridor place stands gives way wherever that place's symbol is drawn (one
 * label per place: the corridor's), and shows only at zooms where it is not.
 */
export const cityFilter: FilterSpecification = [
  "all",
  layerIs("city"),
  fromItsZoom(),
  ["any", ["!", ["has", "nodeRank"]], [">", ["get", "nodeRank"], rankStep(NODE_SYMBOL_RANKS)]],
];

/** Lakes and rivers, drawn with the land (under coasts, borders and everything else). */
export function basemapWaterLayers(scale: number): LayerSpecification[] {
  // River width by Natural Earth's stroke weight (0.15 for a stream … 2 for the Volga's delta).
  const weight: ExpressionSpecification = ["get", "weight"];
  return [
    {
      id: LAYER_LAKES,
      type: "fill",
      source: SOURCE_BASEMAP,
      filter: layerIs("lake"),
      paint: { "fill-color": PALETTE.water, "fill-outline-color": PALETTE.coast },
    },
    {
      id: LAYER_RIVERS,
      type: "line",
      source: SOURCE_BASEMAP,
      filter: ["all", layerIs("river"), fromItsZoom()],
      layout: { "line-join": "round", "line-cap": "round" },
      paint: {
        "line-color": PALETTE.river,
        "line-width": [
          "interpolate",
          ["linear"],
          ["zoom"],
          3,
          ["*", scale, ["+", 0.55, ["*", 0.8, weight]]],
          8,
          ["*", scale, ["+", 1, ["*", 2, weight]]],
        ],
      },
    },
  ];
}

/** The basemap's names, bottom first: rivers, lakes, cities, seas, countries. */
export function basemapLabelLayers(scale: number, lang: Lang = DEFAULT_LANG): LayerSpecification[] {
  const name = basemapName(lang);
  const byZoom = zoomRamp(scale);
  const hiddenAsSubject: ExpressionSpecification = [
    "case",
    ["boolean", ["feature-state", SUBJECT_STATE], false],
    0,
    1,
  ];
  return [
    {
      id: LAYER_RIVER_LABELS,
      type: "symbol",
      source: SOURCE_BASEMAP,
      // Along the river's smoothed line (built for its name): the drawn river wiggles too much.
      filter: ["all", layerIs("river-name"), fromItsZoom("labelzoom")],
      layout: {
        "symbol-placement": "line",
        "symbol-spacing": 420,
        "text-field": name,
        "text-font": ["Noto Sans Italic"],
        "text-size": byZoom(10, 12),
        "text-letter-spacing": 0.06,
        "text-max-angle": 35,
      },
      paint: {
        "text-color": PALETTE.waterLabel,
        "text-halo-color": PALETTE.land,
        "text-halo-width": 1.4 * scale,
      },
    },
    {
      id: LAYER_LAKE_LABELS,
      type: "symbol",
      source: SOURCE_BASEMAP,
      filter: ["all", layerIs("lake-label"), fromItsZoom()],
      layout: {
        "text-field": name,
        "text-font": ["Noto Sans Italic"],
        "text-size": byZoom(10, 12.5),
        "text-max-width": 7,
      },
      paint: {
        "text-color": PALETTE.waterLabel,
        "text-halo-color": PALETTE.water,
        "text-halo-width": 1.2 * scale,
      },
    },
    {
      id: LAYER_CITY_LABELS,
      type: "symbol",
      source: SOURCE_BASEMAP,
      filter: cityFilter,
      layout: {
        "symbol-sort-key": ["get", "order"],
        "icon-image": ["case", ["==", ["get", "capital"], 1], IMAGE_CAPITAL, IMAGE_CITY],
        "icon-size": scale,
        "text-field": name,
        "text-font": [
          "case",
          ["==", ["get", "capital"], 1],
          ["literal", ["Noto Sans SemiBold"]],
          ["literal", ["Noto Sans Regular"]],
        ],
        "text-size": [
          "interpolate",
          ["linear"],
          ["zoom"],
          3,
          ["case", ["==", ["get", "capital"], 1], 11 * scale, 10 * scale],
          8,
          ["case", ["==", ["get", "capital"], 1], 13 * scale, 12 * scale],
        ],
        "text-variable-anchor": ["left", "right", "top", "bottom"],
        "text-radial-offset": 0.55,
        "text-justify": "auto",
        "text-max-width": 8,
      },
      paint: {
        "text-color": PALETTE.cityLabel,
        "text-halo-color": PALETTE.halo,
        "text-halo-width": 1.3 * scale,
        "text-opacity": hiddenAsSubject,
        "icon-opacity": hiddenAsSubject,
      },
    },
    {
      id: LAYER_SEA_LABELS,
      type: "symbol",
      source: SOURCE_BASEMAP,
      filter: ["all", layerIs("sea-label"), ["<=", ["get", "rank"], rankStep(SEA_LABEL_RANKS)]],
      layout: {
        "text-field": name,
        "text-font": ["Noto Sans Italic"],
        // Straits and small seas a size under the seas themselves.
        "text-size": [
          "interpolate",
          ["linear"],
          ["zoom"],
          3,
          ["case", [">=", ["get", "rank"], 3], 10 * scale, 11 * scale],
          8,
          ["case", [">=", ["get", "rank"], 3], 13 * scale, 16 * scale],
        ],
        "text-letter-spacing": 0.08,
        "text-max-width": 6,
      },
      paint: { "text-color": PALETTE.seaLabel, "text-halo-color": PALETTE.water, "text-halo-width": scale },
    },
    {
      id: LAYER_COUNTRY_LABELS,
      type: "symbol",
      source: SOURCE_BASEMAP,
      filter: ["all", layerIs("country-label"), ["<=", ["get", "rank"], rankStep(COUNTRY_LABEL_RANKS)]],
      layout: {
        "text-field": countryLabel(lang),
        "text-font": ["Noto Sans SemiBold"],
        "text-size": byZoom(10, 15),
        "text-letter-spacing": 0.15,
        "text-max-width": 8,
      },
      paint: {
        "text-color": PALETTE.countryLabel,
        "text-halo-color": PALETTE.land,
        "text-halo-width": 1.2 * scale,
      },
    },
  ];
}
