// Builds public/basemap-lite.topojson, the still embed's basemap, from public/basemap.topojson
// (npm run basemap makes both; this module alone: `npx tsx scripts/lib/liteBasemap.ts`): the
// same layers, clipped to LITE_BASEMAP_BOUNDS (what any view may show), simplified for the
// zooms an embed shows (about zoom-5 detail on the corridor, much less far from it,
// where only a phone-sized frame of the whole corridor reaches) and quantised to 0.01°
// (~1 km, under a pixel there). About a sixth of the full file, gzip, so a still embed weighs
// about what a picture does.
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon } from "geojson";
import { feature, quantize } from "topojson-client";
import { topology as toTopology } from "topojson-server";
import { filter, filterWeight, planarTriangleArea, presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, Objects, Topology } from "topojson-specification";

import { LANGUAGE_CODES, type Lang } from "../../src/i18n/languages.ts";
import { nameFields } from "../../src/i18n/mapNames.ts";
import { LITE_BASEMAP_BOUNDS, liteBasemapFile } from "../../src/still/liteBasemapExtent.ts";
import {
  type Box,
  clipLonLatLine,
  clipLonLatPolygon,
  distanceOutsideBox,
  type Line,
  type PolygonRings,
  type Position,
} from "./basemapGeometry.ts";

/** Must match src/data/loadBasemap.ts (which this script cannot import: it reads the build's inlined data). */
const BASEMAP_OBJECT = "basemap";
const IN_FILE = "public/basemap.topojson";
/** Visvalingam weight, planar deg² (topojson-simplify's default), on the corridor: about zoom-5
 * detail, so a still embed framed on one segment (zoom ~7) keeps recognisable borders
 * (38 KB gzip in all; 1.2e-2 with FAR_FACTOR 12, the same far away, gives 34 KB). */
const MIN_WEIGHT = 3.5e-3;
/** Rings (islands, lakes, enclaves) under this many planar deg² are left out. */
const MIN_RING_AREA = 1;
/** 0.01° grid: 14,000 × 6,300 steps over the box. */
const QUANTA = 1e4;
/** The gzip size the still embed's budget allows for its basemap (ISSUE 18: ≤ 150 KB in all). */
const GZIP_BUDGET_BYTES = 45 * 1024;

/** Where a still embed is seen closest (a segment framed): the corridor's own box. */
const CORE: Box = { west: 24, south: 33, east: 123, north: 50 };
/** Far from CORE the picture is only ever seen zoomed out (a phone-sized frame of the whole
 * corridor reaches Africa and the Indian Ocean): detail there is thinned this much more,
 * rising from 1 at CORE's edge over RAMP_DEGREES. */
const FAR_FACTOR = 72;
const RAMP_DEGREES = 8;

/** A triangle's weight: its area, less the farther it lies from the corridor. */
function weight(triangle: number[][]): number {
  const mid = triangle[1] as Position;
  const ramp = Math.min(1, distanceOutsideBox(mid, CORE) / RAMP_DEGREES);
  return (
    planarTriangleArea(triangle as Parameters<typeof planarTriangleArea>[0]) / (1 + (FAR_FACTOR - 1) * ramp)
  );
}

const [west, south, east, north] = LITE_BASEMAP_BOUNDS;
const BOX: Box = { west, south, east, north };

function clip(f: Feature): Feature | null {
  const g = f.geometry as Geometry;
  const inBox = ([x = 0, y = 0]: number[]) => x >= west && x <= east && y >= south && y <= north;
  if (g.type === "Point") return inBox(g.coordinates) ? f : null;
  if (g.type === "MultiPolygon" || g.type === "Polygon") {
    const polygons = (g.type === "Polygon" ? [g.coordinates] : g.coordinates) as PolygonRings[];
    const clipped = polygons.flatMap((p) => clipLonLatPolygon(p, BOX));
    if (clipped.length === 0) return null;
    return { ...f, geometry: { type: "MultiPolygon", coordinates: clipped } satisfies MultiPolygon };
  }
  if (g.type === "MultiLineString" || g.type === "LineString") {
    const lines = (g.type === "LineString" ? [g.coordinates] : g.coordinates) as Line[];
    const clipped = lines.flatMap((l) => clipLonLatLine(l, BOX));
    if (clipped.length === 0) return null;
    return { ...f, geometry: { type: "MultiLineString", coordinates: clipped } satisfies MultiLineString };
  }
  return null;
}

/** The layers a still picture draws: land, borders, coasts and the names of countries and of the
 * seas placed by hand (cities, rivers, lakes and Natural Earth's gulfs and straits, which carry a
 * `kind`, are for the interactive map's closer zooms). */
const LITE_LAYERS = new Set(["country", "border", "coast", "country-label", "sea-label"]);
const inLite = (f: Feature) =>
  LITE_LAYERS.has(String(f.properties?.layer)) && !(f.properties?.layer === "sea-label" && f.properties.kind);

/**
 * One file per language, like the lite corridor: only the names that language reads
 * (`nameFields`: its own, the one it borrows, the local one), since a picture shows one language
 * and every language's names of every country added a sixth to the file. `upper_<lang>` is for
 * MapLibre's labels; a figure upper-cases names by the language's rules itself.
 */
const namesFor = (lang: Lang) => {
  const wanted = new Set(nameFields(lang));
  return (f: Feature): Feature => ({
    ...f,
    properties: Object.fromEntries(
      Object.entries(f.properties ?? {}).filter(
        ([k]) => !k.startsWith("upper_") && (!k.startsWith("name") || wanted.has(k)),
      ),
    ),
  });
};

/** The lite topology as text in `lang`, from the full basemap's. */
export function liteBasemap(full: Topology, lang: Lang = "en"): string {
  const object = full.objects[BASEMAP_OBJECT] as GeometryCollection;
  const all = (feature(full, object) as FeatureCollection).features;
  const features = all
    .filter(inLite)
    .map(namesFor(lang))
    .map(clip)
    .filter((f): f is Feature => f !== null);
  const collection: FeatureCollection = { type: "FeatureCollection", features };
  const topo = toTopology({ [BASEMAP_OBJECT]: collection }) as Topology<Objects>;
  const simplified = simplify(presimplify(topo, weight), MIN_WEIGHT);
  // Islands and lakes too small to see at these zooms go whole, before they become slivers.
  const filtered = filter(simplified, filterWeight(simplified, MIN_RING_AREA));
  return JSON.stringify(quantize(filtered, QUANTA));
}

function main(): void {
  const full = JSON.parse(readFileSync(IN_FILE, "utf8")) as Topology;
  for (const lang of LANGUAGE_CODES) {
    const out = `public/${liteBasemapFile(lang)}`;
    const json = liteBasemap(full, lang);
    writeFileSync(out, `${json}\n`);
    const gzip = gzipSync(json, { level: 9 }).length;
    console.log(`${out}: raw ${(json.length / 1024).toFixed(1)} KB, gzip ${(gzip / 1024).toFixed(1)} KB`);
    if (gzip > GZIP_BUDGET_BYTES) throw new Error("lite basemap over its budget: raise MIN_WEIGHT");
  }
}

if (process.argv[1]?.endsWith("liteBasemap.ts")) main();
