// The map style, built from the layer registry: a calm basemap from Natural Earth (water as
// the background, muted land, thin borders) with the corridor in strong colours on top.
// Labels use font files from npm through `font-faces`, so no glyph server is needed.
import type {
  ExpressionSpecification,
  FilterSpecification,
  FontFacesSpecification,
  LayerSpecification,
  StyleSpecification,
} from "maplibre-gl";
import { DEFAULT_LANG, type Lang, languageSpec } from "../i18n/languages.ts";
import { CORRIDOR_COUNTRIES, BASEMAP_PALETTE as PALETTE } from "../layers/basemapPalette.ts";
import { flowKinds, kindSpec, REGISTRY, type Registry } from "../layers/registry.ts";
import { NODE_LABEL_RANKS, NODE_SYMBOL_RANKS } from "../layers/zoomStaging.ts";
import { drawnLine } from "../render/lineStyle.ts";
import { FONT_SUBSET_RANGES } from "../ui/fontRanges.ts";
import { basemapLabelLayers, basemapWaterLayers } from "./basemapLayers.ts";
import { placeLabel } from "./labelText.ts";
import {
  IMAGE_FLOW_ARROW,
  LAYER_ACTIVE_FLOW,
  LAYER_CHANGED,
  LAYER_FLOW_ARROWS,
  LAYER_HOVER,
  LAYER_NODE_LABELS,
  LAYER_NODE_SELECTED,
  LAYER_NODES_HIT,
  LAYER_SEGMENTS_HIT,
  LAYER_SELECTED_INNER,
  LAYER_SELECTED_OUTER,
  LAYER_SUBJECT_LABELS,
  SOURCE_BASEMAP,
  SOURCE_CORRIDOR,
  SOURCE_ROUTE,
  segmentLayerId,
} from "./layerIds.ts";
import { routeLayers } from "./routeLayers.ts";
import { rankStep, zoomRamp } from "./zoomRamp.ts";

/** One font file and the code points the map may draw with it. */
export interface FontFaceFile {
  url: string;
  ranges: readonly string[];
}

export interface StyleAssets {
  basemapUrl: string;
  /** Per style, one file per subset of FONT_SUBSET_RANGES, in its order. */
  fonts: { regular: string[]; semibold: string[]; italic: string[] };
  /** The Chinese subset (only for lang=zh): upright 400 and 600 files, each with its exact code points. */
  cjk?: { regular: FontFaceFile[]; semibold: FontFaceFile[] };
}

const NONE = "__none__";
export const idFilter = (id: string | null): FilterSpecification => ["==", ["get", "id"], id ?? NONE];

const subsetFaces = (urls: readonly string[]) =>
  urls.map((url, i) => ({ url, "unicode-range": [...(FONT_SUBSET_RANGES[i]?.[1] ?? [])] }));
const ownFaces = (files: readonly FontFaceFile[]) =>
  files.map((f) => ({ url: f.url, "unicode-range": [...f.ranges] }));

/**
 * The map's font files: Latin and Cyrillic in every language (MapLibre fetches a file only when it
 * draws a letter of it), and the Chinese subset only for a language that needs it (the registry's
 * "chinese-simplified"). Chinese has no italic; its semibold subset holds the interface's and the
 * names' characters, so semibold labels fall back to the regular file for the rest (capitals).
 */
export function mapFontFaces(assets: StyleAssets, lang: Lang = DEFAULT_LANG): FontFacesSpecification {
  const cjk = languageSpec(lang).fonts.includes("chinese-simplified");
  const regularCjk = cjk ? ownFaces(assets.cjk?.regular ?? []) : [];
  const semiboldCjk = cjk ? ownFaces(assets.cjk?.semibold ?? []) : [];
  return {
    "Noto Sans Regular": [...subsetFaces(assets.fonts.regular), ...regularCjk],
    "Noto Sans SemiBold": [...subsetFaces(assets.fonts.semibold), ...semiboldCjk, ...regularCjk],
    "Noto Sans Italic": [...subsetFaces(assets.fonts.italic), ...regularCjk],
  };
}

/** Segments whose layer group is switched on; all when `groups` is null. */
const inGroups = (groups: readonly string[] | null): ExpressionSpecification[] =>
  groups ? [["in", ["get", "group"], ["literal", [...groups]]]] : [];

/** The segments one line layer draws: one kind, built or not, in the visible groups. */
export const segmentFilter = (
  kind: string,
  built: boolean,
  groups: readonly string[] | null = null,
  registry: Registry = REGISTRY,
): FilterSpecification => [
  "all",
  ["==", ["get", "featureType"], "segment"],
  ["==", ["get", "kind"], kind],
  built
    ? ["in", ["get", "status"], ["literal", builtStatuses(registry)]]
    : ["!", ["in", ["get", "status"], ["literal", builtStatuses(registry)]]],
  ...inGroups(groups),
];

/** The segments marked as changed since a date. */
export const changedFilter = (ids: readonly string[]): FilterSpecification => [
  "all",
  ["==", ["get", "featureType"], "segment"],
  ["in", ["get", "id"], ["literal", [...ids, NONE]]],
];

/** Trade flows in the visible groups: they carry direction arrows. */
export const flowArrowFilter = (
  groups: readonly string[] | null = null,
  registry: Registry = REGISTRY,
): FilterSpecification => [
  "all",
  ["==", ["get", "featureType"], "segment"],
  ["in", ["get", "kind"], ["literal", flowKinds(registry)]],
  ...inGroups(groups),
];

/** The segments that take clicks: the visible ones only. */
export const hitFilter = (groups: readonly string[] | null = null): FilterSpecification => [
  "all",
  ["==", ["get", "featureType"], "segment"],
  ...inGroups(groups),
];

/**
 * The filter of every layer that shows only the visible layer groups, by layer id: what the
 * controller sets when the groups change (and the benchmark's floor puts in its style).
 */
export function groupFilters(
  groups: readonly string[],
  registry: Registry = REGISTRY,
): [layerId: string, filter: FilterSpecification][] {
  return [
    ...Object.keys(registry.kinds).flatMap((kind) =>
      [true, false].map(
        (built) =>
          [segmentLayerId(kind, built), segmentFilter(kind, built, groups, registry)] as [
            string,
            FilterSpecification,
          ],
      ),
    ),
    [LAYER_SEGMENTS_HIT, hitFilter(groups)],
    [LAYER_FLOW_ARROWS, flowArrowFilter(groups, registry)],
  ];
}

function builtStatuses(registry: Registry): string[] {
  return Object.entries(registry.statuses)
    .filter(([, s]) => s.built)
    .map(([k]) => k);
}

/** Lines that share a path are drawn side by side (drawOffset in the data). */
export const OFFSET: ExpressionSpecification = ["coalesce", ["get", "drawOffset"], 0];

export { zoomRamp } from "./zoomRamp.ts";

/** Size of a subject's place labels (the selection's end places), before the display scale. */
export const SUBJECT_LABEL_SIZE = 14;
/** Their gap from the place's symbol, in ems. */
export const SUBJECT_LABEL_OFFSET_EM = 0.8;

function segmentLayers(scale: number, registry: Registry): LayerSpecification[] {
  const byZoom = zoomRamp(scale);
  const z = (kind: string) => kindSpec(registry, kind).z;
  const kinds = Object.keys(registry.kinds).sort((a, b) => z(a) - z(b));
  return kinds.flatMap((kind) => {
    return [true, false].map((built): LayerSpecification => {
      // Unbuilt lines: lighter and thinner; a solid kind becomes dashed so it reads in greyscale too.
      const line = drawnLine(kind, built ? "built" : "unbuilt", registry);
      return {
        id: segmentLayerId(kind, built),
        type: "line",
        source: SOURCE_CORRIDOR,
        filter: segmentFilter(kind, built, null, registry),
        layout: { "line-join": "round", "line-cap": line.cap },
        paint: {
          "line-color": line.color,
          "line-width": byZoom(line.width * (built ? 0.8 : 0.7), line.width * (built ? 1.8 : 1.5)),
          "line-opacity": line.opacity,
          "line-offset": OFFSET,
          ...(line.dash ? { "line-dasharray": [...line.dash] } : {}),
        },
      };
    });
  });
}

const nodeColor = (prop: "fill" | "stroke", registry: Registry): ExpressionSpecification =>
  [
    "match",
    ["get", "kind"],
    ...Object.entries(registry.nodeKinds).flatMap(([k, s]) => [k, s[prop]]),
    "#333333",
  ] as unknown as ExpressionSpecification;

/** Place labels of the selection's subject: always shown, text on the side the camera left room. */
export function subjectLabelFilter(ids: {
  left: readonly string[];
  right: readonly string[];
}): FilterSpecification {
  return [
    "all",
    ["==", ["get", "featureType"], "node"],
    ["in", ["get", "id"], ["literal", [...ids.left, ...ids.right, NONE]]],
  ];
}

/** The other place labels, by rank and zoom; the subject's own are drawn by the layer above. */
export function nodeLabelFilter(subjectIds: readonly string[]): FilterSpecification {
  return [
    "all",
    ["==", ["get", "featureType"], "node"],
    ["<=", ["get", "rank"], rankStep(NODE_LABEL_RANKS)],
    ["!", ["in", ["get", "id"], ["literal", [...subjectIds, NONE]]]],
  ];
}

/** Place symbols by rank and zoom, and the subject's places at every zoom. */
export function nodeSymbolFilter(subjectIds: readonly string[]): FilterSpecification {
  return [
    "all",
    ["==", ["get", "featureType"], "node"],
    [
      "any",
      ["<=", ["get", "rank"], rankStep(NODE_SYMBOL_RANKS)],
      ["in", ["get", "id"], ["literal", [...subjectIds, NONE]]],
    ],
  ];
}

/** Which side of its point each subject label's text goes (MapLibre names the anchor, not the side). */
export function subjectLabelAnchor(leftIds: readonly string[]): ExpressionSpecification {
  return ["match", ["get", "id"], [...leftIds, NONE], "right", "left"] as unknown as ExpressionSpecification;
}
export function subjectLabelOffset(leftIds: readonly string[]): ExpressionSpecification {
  return [
    "match",
    ["get", "id"],
    [...leftIds, NONE],
    ["literal", [-SUBJECT_LABEL_OFFSET_EM, 0]],
    ["literal", [SUBJECT_LABEL_OFFSET_EM, 0]],
  ] as unknown as ExpressionSpecification;
}

// The corridor's label layers come last: MapLibre places the topmost layers' labels first, so
// the basemap's names (basemapLayers.ts, under the corridor) give way to the corridor's places.
// `scale` enlarges every line, symbol and label (a briefing on a projector); 1 elsewhere.
// `registry`: what it draws by kind (a copy with a kind added, in test/unit/registryExtension.test.ts).
// `lang`: the language of every label (labelText.ts) and the fonts it needs.
export function buildStyle(
  assets: StyleAssets,
  scale = 1,
  registry: Registry = REGISTRY,
  lang: Lang = DEFAULT_LANG,
): StyleSpecification {
  const byZoom = zoomRamp(scale);
  return {
    version: 8,
    "font-faces": mapFontFaces(assets, lang),
    sources: {
      // Filled by the controller once the TopoJSON basemap is decoded.
      [SOURCE_BASEMAP]: {
        type: "geojson",
        data: { type: "FeatureCollection", features: [] },
        // A city at a corridor place carries the place's id: the selection's places mark theirs.
        promoteId: "node",
        attribution:
          '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">Natural Earth</a>',
      },
      [SOURCE_CORRIDOR]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
      [SOURCE_ROUTE]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
    },
    layers: [
      { id: "water", type: "background", paint: { "background-color": PALETTE.water } },
      {
        id: "land",
        type: "fill",
        source: SOURCE_BASEMAP,
        filter: ["==", ["get", "layer"], "country"],
        paint: {
          "fill-color": [
            "case",
            ["in", ["get", "iso2"], ["literal", CORRIDOR_COUNTRIES]],
            PALETTE.landCorridor,
            PALETTE.land,
          ],
        },
      },
      ...basemapWaterLayers(scale),
      {
        id: "coast",
        type: "line",
        source: SOURCE_BASEMAP,
        filter: ["==", ["get", "layer"], "coast"],
        paint: { "line-color": PALETTE.coast, "line-width": byZoom(0.5, 1) },
      },
      {
        id: "borders",
        type: "line",
        source: SOURCE_BASEMAP,
        filter: ["==", ["get", "layer"], "border"],
        layout: { "line-join": "round" },
        paint: { "line-color": PALETTE.border, "line-width": byZoom(0.6, 1.2), "line-dasharray": [3, 1.5] },
      },
      // The basemap's names sit under every corridor layer: MapLibre places the topmost layers'
      // labels first, so the corridor's places and names are placed before any of these.
      ...basemapLabelLayers(scale, lang),
      {
        id: LAYER_CHANGED,
        type: "line",
        source: SOURCE_CORRIDOR,
        filter: changedFilter([]),
        layout: { "line-join": "round", "line-cap": "round" },
        paint: {
          "line-color": PALETTE.changed,
          "line-width": byZoom(12, 20),
          "line-opacity": 0.4,
          "line-offset": OFFSET,
        },
      },
      // Under the hover and the selection, over the "what changed" halo: a route.
      ...routeLayers(byZoom, OFFSET),
      {
        id: LAYER_HOVER,
        type: "line",
        source: SOURCE_CORRIDOR,
        filter: idFilter(null),
        layout: { "line-join": "round", "line-cap": "round" },
        paint: {
          "line-color": "#F2C230",
          "line-width": byZoom(9, 14),
          "line-opacity": 0.55,
          "line-offset": OFFSET,
        },
      },
      {
        id: LAYER_SELECTED_OUTER,
        type: "line",
        source: SOURCE_CORRIDOR,
        filter: idFilter(null),
        layout: { "line-join": "round", "line-cap": "round" },
        paint: { "line-color": PALETTE.selection, "line-width": byZoom(8, 12), "line-offset": OFFSET },
      },
      {
        id: LAYER_SELECTED_INNER,
        type: "line",
        source: SOURCE_CORRIDOR,
        filter: idFilter(null),
        layout: { "line-join": "round", "line-cap": "round" },
        paint: { "line-color": "#FFFFFF", "line-width": byZoom(5, 8), "line-offset": OFFSET },
      },
      ...segmentLayers(scale, registry),
      {
        // Briefing mode: dashes that run along the presented segment (see presentation.ts).
        id: LAYER_ACTIVE_FLOW,
        type: "line",
        source: SOURCE_CORRIDOR,
        filter: idFilter(null),
        layout: { "line-join": "round" },
        paint: {
          "line-color": "#FFFFFF",
          "line-width": byZoom(1.6, 3),
          "line-dasharray": [0, 4, 3],
          "line-offset": OFFSET,
        },
      },
      {
        id: LAYER_FLOW_ARROWS,
        type: "symbol",
        source: SOURCE_CORRIDOR,
        filter: flowArrowFilter(null, registry),
        layout: {
          "symbol-placement": "line",
          "symbol-spacing": 70,
          "icon-image": IMAGE_FLOW_ARROW,
          "icon-size": byZoom(0.5, 0.8),
          "icon-allow-overlap": true,
          "icon-ignore-placement": true,
          "icon-rotation-alignment": "map",
        },
      },
      {
        // A few words along lines whose route is only indicative, so the map itself says so.
        id: "map-notes",
        type: "symbol",
        source: SOURCE_CORRIDOR,
        filter: ["all", ["==", ["get", "featureType"], "segment"], ["has", "mapNote"]],
        minzoom: 4.5,
        layout: {
          "symbol-placement": "line",
          "symbol-spacing": 400,
          "text-field": ["get", "mapNote"],
          "text-font": ["Noto Sans Italic"],
          "text-size": 11 * scale,
          "text-offset": [0, 0.9],
        },
        paint: { "text-color": "#5c4a1e", "text-halo-color": "#FFFFFF", "text-halo-width": 1.4 * scale },
      },
      {
        id: LAYER_SEGMENTS_HIT,
        type: "line",
        source: SOURCE_CORRIDOR,
        filter: hitFilter(),
        layout: { "line-join": "round", "line-cap": "round" },
        // 20 px wide, for a click within about 10 px of a line. Opacity 0: MapLibre skips drawing
        // it (a wide line under every segment cost each frame dearly) but still answers queries.
        paint: { "line-color": "#000000", "line-width": 20, "line-opacity": 0, "line-offset": OFFSET },
      },
      {
        id: LAYER_NODE_SELECTED,
        type: "circle",
        source: SOURCE_CORRIDOR,
        filter: idFilter(null),
        paint: {
          "circle-radius": 10 * scale,
          "circle-color": "#FFFFFF",
          "circle-stroke-color": PALETTE.selection,
          "circle-stroke-width": 3 * scale,
        },
      },
      {
        id: LAYER_NODES_HIT,
        type: "circle",
        source: SOURCE_CORRIDOR,
        filter: nodeSymbolFilter([]),
        paint: {
          "circle-radius": ["match", ["get", "rank"], 1, 4.5 * scale, 2, 3.5 * scale, 3 * scale],
          "circle-color": nodeColor("fill", registry),
          "circle-stroke-color": nodeColor("stroke", registry),
          "circle-stroke-width": 1.6 * scale,
        },
      },
      {
        id: LAYER_NODE_LABELS,
        type: "symbol",
        source: SOURCE_CORRIDOR,
        filter: nodeLabelFilter([]),
        layout: {
          "text-field": placeLabel(lang),
          "text-font": ["Noto Sans Regular"],
          "text-size": ["match", ["get", "rank"], 1, 12.5 * scale, 11 * scale],
          "text-variable-anchor": ["left", "right", "top", "bottom"],
          "text-radial-offset": 0.7,
          "text-justify": "auto",
          "text-max-width": 9,
        },
        paint: {
          "text-color": PALETTE.nodeLabel,
          "text-halo-color": PALETTE.halo,
          "text-halo-width": 1.5 * scale,
        },
      },
      {
        // Last, so placed first: the subject's names are always shown and the rest make way.
        id: LAYER_SUBJECT_LABELS,
        type: "symbol",
        source: SOURCE_CORRIDOR,
        filter: subjectLabelFilter({ left: [], right: [] }),
        layout: {
          "text-field": placeLabel(lang),
          "text-font": ["Noto Sans SemiBold"],
          "text-size": SUBJECT_LABEL_SIZE * scale,
          "text-anchor": subjectLabelAnchor([]),
          "text-offset": subjectLabelOffset([]),
          "text-allow-overlap": true,
          "text-max-width": 30,
        },
        paint: {
          "text-color": PALETTE.nodeLabel,
          "text-halo-color": PALETTE.halo,
          "text-halo-width": 2 * scale,
        },
      },
    ],
  };
}
