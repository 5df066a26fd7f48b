// Builds public/basemap.topojson, the app's offline basemap, from Natural Earth 1:10m admin-0 countries
// as shipped in the `world-atlas` npm package (a quantised TopoJSON), and the Natural Earth cities,
// rivers, lakes and marine names in data/basemap/ (see its README). Run: `npm run basemap`.
// The output is committed; this script reproduces it byte for byte (stable order, fixed rounding).
//
// Output: a quantised TopoJSON Topology with one GeometryCollection object, `basemap`. Decoded with
// topojson-client (`feature(topology, topology.objects.basemap)`) it is a FeatureCollection of
//   layer "country"       MultiPolygon, { iso2, name }  (land fill, clipped to CLIP_BOX)
//   layer "border"        one MultiLineString: borders between countries, clipped as lines
//   layer "coast"         one MultiLineString: coasts (edges of one country only), clipped as lines
//   layer "country-label" Point, { name, name_<lang>?, upper_<lang>?, iso2, rank }
//   layer "sea-label"     Point, { name, name_<lang>?, rank, kind? }  (hand-placed here; more from the
//                         marine polygons)
//   layer "lake"          MultiPolygon, { kind, name? }, and "lake-label" Point, { name, name_<lang>?, kind,
//                         minzoom }
//   layer "river"         MultiLineString, { name, weight, minzoom }, and "river-name" (smoothed, for
//                         the name along the line) { name, name_<lang>?, labelzoom }
//   layer "city"          Point, { name, name_<lang>?, iso2, capital, minzoom,
//                         order, node?, nodeRank? }  (node: the corridor place at the same spot)
//   name_<lang>: the name in each of the app's languages where it differs from `name` (the rules:
//   scripts/lib/basemapNames.ts); upper_<lang>: a country's capitals where the language's own
//   upper-casing differs from plain (Turkish "ÇİN").
//   (scripts/lib/basemapPlaces.ts and basemapWater.ts; ARCHITECTURE.md "The basemap")
// Detail varies: full inside CORE_BOX (the corridor), coarser with distance from it (FAR_DETAIL_FACTOR).
//
// Dev dependencies added for this script (build-time only, small, no native code):
//   topojson-simplify (+ @types): Visvalingam simplification done on the topology, so a border shared
//     by two countries is simplified once and both polygons and the border line stay identical.
//   topojson-server (+ @types): re-encodes the clipped features as a topology, so every shared border
//     and the border/coast lines drawn along the polygons are stored once.
//   polylabel (+ @types): pole of inaccessibility, a label point well inside each country.
//   i18n-iso-countries: world-atlas ids are ISO 3166-1 numeric; this maps them to alpha-2.
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Feature, Geometry, MultiLineString, MultiPolygon, Point } from "geojson";
import isoCountries from "i18n-iso-countries";
import polylabel from "polylabel";
import { feature, mergeArcs, mesh } from "topojson-client";
import { filter, presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, GeometryObject, Topology, Transform } from "topojson-specification";
import {
  type Box,
  clipLonLatLine,
  clipLonLatPolygon,
  distanceOutsideBox,
  type Line,
  type PolygonRings,
  type Position,
  pointInPolygon,
  polygonArea,
  roundLine,
  roundPolygon,
} from "./lib/basemapGeometry.ts";
import { countryNames, upperNames, waterNames } from "./lib/basemapNames.ts";
import { placeFeatures } from "./lib/basemapPlaces.ts";
import { loadCorridorPlaces, loadNaturalEarth } from "./lib/basemapSources.ts";
import { assertRoundTrip, encodeTopology } from "./lib/basemapTopology.ts";
import { lakeFeatures, marineLabels, riverFeatures } from "./lib/basemapWater.ts";

/** Europe, Africa, Arabia, India, Siberia, China, Japan, south to 60°S: the whole corridor (26°E–120°E)
 * fits at zoom ≈2.7 on a 1280×800 screen, where the view spans ≈3°N–65°N; a portrait tablet's tall,
 * narrow map must zoom out until its view reaches ≈55°S to show it all. East to 178°E (short of the
 * antimeridian, where Natural Earth's own cut would run along the box): a segment at the Yellow Sea
 * framed clear of the details panel puts the panel over the Pacific, which must still be map.
 * The map's maxBounds sit inside this box, so the polygon edges that clipping creates along it are never
 * on screen; borders/coasts are clipped as lines, never drawn there. */
const CLIP_BOX: Box = { west: -15, south: -60, east: 178, north: 76 };
/** The corridor (Black Sea → Yellow Sea), where the map is viewed up close: full detail inside. */
const CORE_BOX: Box = { west: 24, south: 33, east: 123, north: 50 };
/** Gzipped size target for the file, and the hard limit for everything the basemap needs at first
 * render (issue 17: 600 KB). Countries, coasts and borders are ~195 KB of it; cities, rivers, lakes
 * and sea names from data/basemap/ ~165 KB. */
const GZIP_BUDGET_BYTES = 400 * 1024;
const GZIP_HARD_LIMIT_BYTES = 600 * 1024;
/** Visvalingam threshold: effective triangle area in square degrees scaled by 1/cos(lat), i.e. Web
 * Mercator screen area. One pixel at zoom 7 is ~0.0055° of longitude (512 px tiles), ~3e-5 deg², so
 * this removes detail under ~5 px² at zoom 7: the coasts of the Caspian, Black Sea, Bosphorus/Marmara
 * and Georgia stay recognisable. Applies in CORE_BOX; see FAR_DETAIL_FACTOR for elsewhere. */
const SIMPLIFY_MIN_WEIGHT = 1.6e-4;
/** Islands, exclaves and holes smaller than this (same units, ≈ 13 px² at zoom 7) are dropped whole,
 * before they could collapse into slivers; an enclave and its hole go together, so fills stay tight.
 * Scaled like SIMPLIFY_MIN_WEIGHT by the detail factor at the ring's point nearest to CORE_BOX. */
const MIN_RING_WEIGHT = 4e-4;
/** Both thresholds are multiplied by this far from CORE_BOX, rising linearly from 1 at its edge to the
 * full factor DETAIL_RAMP_DEGREES away, so there is no visible step in detail there. A factor of 4 is
 * the same on-screen detail one zoom level lower: 10 gives zoom-7 detail at zoom ≈5.3, enough for the
 * outskirts, which are seen zoomed out. (1 everywhere would be ~270 KB gzipped, 10 is ~155 KB; this
 * drops islands and micro-states under ~0.004 deg² far away: Gibraltar, Monaco, Macao, Maldives.) */
const FAR_DETAIL_FACTOR = 10;
const DETAIL_RAMP_DEGREES = 4;
/** 0.001° ≈ 100 m: finer than the source (quantised to ~0.0036° × 0.0017°) needs at these zooms. */
const DECIMALS = 3;
/** Quantisation on exactly the DECIMALS grid, so it loses nothing after the rounding. */
const TRANSFORM: Transform = {
  scale: [10 ** -DECIMALS, 10 ** -DECIMALS],
  translate: [CLIP_BOX.west, CLIP_BOX.south],
};
/** BASEMAP_OUT writes elsewhere: test/unit/basemapContent.test.ts rebuilds and compares bytes. */
const OUT_FILE = process.env.BASEMAP_OUT ?? "public/basemap.topojson";
/** The one object in the topology; the app decodes `topology.objects.basemap`. */
const OBJECT_NAME = "basemap";

/** Short English names where Natural Earth abbreviates or uses an old name. */
const NAME_OVERRIDES: Record<string, string> = {
  Turkey: "Türkiye",
  "Bosnia and Herz.": "Bosnia and Herzegovina",
  Macedonia: "North Macedonia",
  "N. Cyprus": "Northern Cyprus",
};
/** Baikonur is Kazakh territory leased to Russia; Natural Earth cuts it out, which would draw a
 * country border ring beside the Kyzylorda rail line. It is merged back into Kazakhstan. */
const MERGE_INTO: Record<string, string> = { Baikonur: "Kazakhstan" };
/** Areas that are not countries on this map: shaded like land, never labelled. */
const NO_LABEL = new Set([
  "Dhekelia",
  "Akrotiri",
  "Cyprus U.N. Buffer Zone",
  "Siachen Glacier",
  "N. Cyprus",
  "Åland",
  "Guernsey",
  "Jersey",
  "Isle of Man",
  "Faeroe Is.",
  "Faroe Is.",
  "Guam",
  "N. Mariana Is.",
]);
/** Rank 1: the corridor countries and their big neighbours. Others are 2, or 3 when small. */
const RANK_1 = new Set("CN KZ KG UZ TM AZ GE AM TR RU IR RO BG UA MN".split(" "));
const SMALL_COUNTRY_AREA = 3; // square degrees visible in the box
/** A country is labelled when this share of it, or this many square degrees, is inside the box. */
const LABEL_MIN_VISIBLE_SHARE = 0.5;
const LABEL_MIN_VISIBLE_AREA = 2;
/** [lon, lat] where polylabel's pole of inaccessibility sits badly for this map's view. */
const LABEL_OVERRIDES: Record<string, Position> = {
  RU: [50, 55],
  CN: [103, 35],
  KZ: [67, 48.5],
};
/** Water labels; `optional` ones are only emitted when the point really is water in the data. */
const SEA_LABELS: Array<{ name: string; at: Position; rank: number; optional?: boolean }> = [
  { name: "Caspian Sea", at: [50.6, 42], rank: 1 },
  { name: "Black Sea", at: [34.5, 43.2], rank: 1 },
  { name: "Mediterranean Sea", at: [20, 34.5], rank: 1 },
  { name: "Atlantic Ocean", at: [-12, 35], rank: 2 },
  { name: "North Sea", at: [3, 56], rank: 2 },
  { name: "Baltic Sea", at: [19.5, 57], rank: 2 },
  { name: "Barents Sea", at: [42, 72.5], rank: 2 },
  { name: "Persian Gulf", at: [51, 27], rank: 2 },
  { name: "Arabian Sea", at: [64, 15], rank: 2 },
  { name: "Bay of Bengal", at: [88, 15], rank: 2 },
  { name: "Red Sea", at: [38.3, 21.5], rank: 2 },
  { name: "South China Sea", at: [114, 15], rank: 2 },
  { name: "Yellow Sea", at: [123.5, 35.5], rank: 2 },
  { name: "Sea of Japan", at: [135, 40], rank: 2 },
  { name: "Aegean Sea", at: [25, 38.8], rank: 2 },
  { name: "Sea of Marmara", at: [28.3, 40.75], rank: 3 },
  { name: "Sea of Azov", at: [36.6, 46.1], rank: 3 },
  { name: "Adriatic Sea", at: [15.8, 42.7], rank: 3 },
  { name: "Aral Sea", at: [59.5, 45], rank: 2, optional: true },
];

type CountryProps = { name: string };
type Countries = GeometryCollection<CountryProps>;
type CountriesTopology = Topology<{ countries: Countries; land: GeometryObject }>;

const cosLat = (lat: number) => Math.cos((lat * Math.PI) / 180);
/** Planar area in square degrees, scaled like Web Mercator (a degree of longitude is shorter up north
 * on the globe, but Mercator stretches latitude by 1/cos(lat), so screen area ∝ area / cos(lat)). */
function mercatorTriangleWeight(t: [[number, number], [number, number], [number, number]]): number {
  const [a, b, c] = t;
  const area = Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
  return area / cosLat((a[1] + b[1] + c[1]) / 3);
}
function mercatorRingWeight(ring: Array<[number, number]>): number {
  const lat = ring.reduce((sum, p) => sum + p[1], 0) / ring.length;
  return Math.abs(polygonArea([ring])) / cosLat(lat);
}

function loadTopology(): CountriesTopology {
  const topology = JSON.parse(
    readFileSync("node_modules/world-atlas/countries-10m.json", "utf8"),
  ) as CountriesTopology;
  const geometries = topology.objects.countries.geometries;
  for (const [from, into] of Object.entries(MERGE_INTO)) {
    const named = (name: string) => (g: GeometryObject<CountryProps>) =>
      g.properties !== undefined && "name" in g.properties && g.properties.name === name;
    const a = geometries.findIndex(named(from));
    const b = geometries.findIndex(named(into));
    const [ga, gb] = [geometries[a], geometries[b]];
    if (!ga || !gb || (ga.type !== "Polygon" && ga.type !== "MultiPolygon")) throw new Error(`merge ${from}`);
    if (gb.type !== "Polygon" && gb.type !== "MultiPolygon") throw new Error(`merge into ${into}`);
    geometries[b] = { ...mergeArcs(topology, [gb, ga]), id: gb.id, properties: gb.properties };
    geometries.splice(a, 1);
  }
  return topology;
}

/** Multiplier of the simplification thresholds at p: 1 in CORE_BOX, up to FAR_DETAIL_FACTOR away from it. */
function detailFactor(p: Position): number {
  const ramp = Math.min(1, distanceOutsideBox(p, CORE_BOX) / DETAIL_RAMP_DEGREES);
  return 1 + (FAR_DETAIL_FACTOR - 1) * ramp;
}

function simplifyTopology(topology: CountriesTopology): CountriesTopology {
  // presimplify de-quantises: its arcs hold absolute [lon, lat, weight] points (no transform, no deltas)
  // and simplify() keeps a point when weight ≥ the threshold. Raising the threshold away from the core
  // is done by zeroing the weight of points under the local threshold (arc endpoints are Infinity).
  const weighted = presimplify(topology, mercatorTriangleWeight);
  const arcs = weighted.arcs as Array<Array<[number, number, number]>>;
  for (const arc of arcs) {
    for (const point of arc) {
      if (point[2] < SIMPLIFY_MIN_WEIGHT * detailFactor([point[0], point[1]])) point[2] = 0;
    }
  }
  // topojson-simplify's filter passes a ring as arc indexes (~i: arc i reversed; its typings say otherwise).
  const keepRing = (ring: unknown): boolean => {
    const points = (ring as number[]).flatMap((i) =>
      i < 0 ? [...(arcs[~i] ?? [])].reverse() : (arcs[i] ?? []),
    );
    const coords = points.map((p): [number, number] => [p[0], p[1]]);
    const factor = coords.reduce((min, p) => Math.min(min, detailFactor(p)), FAR_DETAIL_FACTOR);
    return mercatorRingWeight(coords) >= MIN_RING_WEIGHT * factor;
  };
  const filtered = filter(weighted, keepRing);
  return simplify(filtered, SIMPLIFY_MIN_WEIGHT) as CountriesTopology;
}

const polygonsOf = (g: Geometry): PolygonRings[] =>
  g.type === "Polygon"
    ? [g.coordinates as PolygonRings]
    : g.type === "MultiPolygon"
      ? (g.coordinates as PolygonRings[])
      : [];

function clipRoundLines(lines: Line[]): Line[] {
  return lines
    .flatMap((line) => clipLonLatLine(line, CLIP_BOX))
    .map((line) => roundLine(line, DECIMALS))
    .filter((line) => line.length >= 2);
}

/** Lines must never run along the clip box (the seam between clipped-off parts) nor jump across the map.
 * (Rounding may put a vertex a hair inside the box onto its edge: steps under 0.01° are ignored.) */
function assertCleanLines(layer: string, lines: Line[]): void {
  const edges: Array<(p: Position) => boolean> = [
    (p) => p[0] === CLIP_BOX.west,
    (p) => p[0] === CLIP_BOX.east,
    (p) => p[1] === CLIP_BOX.south,
    (p) => p[1] === CLIP_BOX.north,
  ];
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      const [a, b] = [line[i] as Position, line[i + 1] as Position];
      const long = Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) > 0.01;
      if (long && edges.some((onEdge) => onEdge(a) && onEdge(b)))
        throw new Error(`${layer}: segment along clip box ${a} → ${b}`);
      if (Math.abs(a[0] - b[0]) > 30) throw new Error(`${layer}: ${a} → ${b} jumps across the map`);
    }
  }
}

interface Country {
  iso2: string;
  name: string;
  sourceName: string;
  polygons: PolygonRings[];
  fullArea: number;
}

function buildCountries(topology: CountriesTopology): Country[] {
  const collection = feature(topology, topology.objects.countries);
  const countries: Country[] = [];
  for (const f of collection.features) {
    const sourceName = f.properties.name;
    const all = polygonsOf(f.geometry);
    const polygons = all
      .flatMap((polygon) => clipLonLatPolygon(polygon, CLIP_BOX))
      .map((polygon) => roundPolygon(polygon, DECIMALS))
      .filter((polygon): polygon is PolygonRings => polygon !== null);
    if (polygons.length === 0) continue;
    const iso2 = f.id === undefined ? "" : (isoCountries.numericToAlpha2(String(f.id)) ?? "");
    if (f.id !== undefined && iso2 === "") throw new Error(`no ISO alpha-2 for ${sourceName} (${f.id})`);
    const name = NAME_OVERRIDES[sourceName] ?? sourceName;
    countries.push({
      iso2,
      name,
      sourceName,
      polygons,
      fullArea: all.reduce((s, p) => s + polygonArea(p), 0),
    });
  }
  return countries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function countryLabel(country: Country): Feature<Point> | null {
  if (NO_LABEL.has(country.sourceName)) return null;
  const areas = country.polygons.map((p) => polygonArea(p));
  const visible = areas.reduce((s, a) => s + a, 0);
  if (visible < LABEL_MIN_VISIBLE_SHARE * country.fullArea && visible < LABEL_MIN_VISIBLE_AREA) return null;
  const largest = country.polygons[areas.indexOf(Math.max(...areas))] as PolygonRings;
  const override = LABEL_OVERRIDES[country.iso2];
  const pole = polylabel(largest, 0.01);
  const at = roundLine([override ?? [pole[0], pole[1]]], 2)[0] as Position;
  if (!country.polygons.some((p) => pointInPolygon(at, p)))
    throw new Error(`label of ${country.name} not inside it`);
  const rank = RANK_1.has(country.iso2) ? 1 : visible < SMALL_COUNTRY_AREA ? 3 : 2;
  const names = countryNames(country.name, country.iso2);
  return {
    type: "Feature",
    properties: {
      layer: "country-label",
      name: country.name,
      ...names,
      ...upperNames(names),
      iso2: country.iso2,
      rank,
    },
    geometry: { type: "Point", coordinates: at },
  };
}

function seaLabels(countries: Country[]): Array<Feature<Point>> {
  const isLand = (p: Position) => countries.some((c) => c.polygons.some((poly) => pointInPolygon(p, poly)));
  const out: Array<Feature<Point>> = [];
  for (const sea of SEA_LABELS) {
    const [lon, lat] = sea.at;
    const inBox = lon > CLIP_BOX.west && lon < CLIP_BOX.east && lat > CLIP_BOX.south && lat < CLIP_BOX.north;
    if (!inBox || isLand(sea.at)) {
      if (sea.optional) {
        console.log(`sea-label: ${sea.name} omitted (not water in the data)`);
        continue;
      }
      throw new Error(`sea-label ${sea.name} at ${sea.at} is not over water inside the clip box`);
    }
    out.push({
      type: "Feature",
      properties: { layer: "sea-label", name: sea.name, ...waterNames(sea.name), rank: sea.rank },
      geometry: { type: "Point", coordinates: sea.at },
    });
  }
  return out;
}

function lineFeature(layer: string, lines: Line[]): Feature<MultiLineString> {
  assertCleanLines(layer, lines);
  return {
    type: "Feature",
    properties: { layer },
    geometry: { type: "MultiLineString", coordinates: lines },
  };
}

/** Lakes, rivers, sea names and cities from data/basemap/ (the corridor's places win a shared spot). */
function naturalEarthFeatures(seaNames: ReadonlySet<string>): Feature[] {
  const ne = loadNaturalEarth();
  const lakes = lakeFeatures(ne.lakes, DECIMALS);
  return [
    ...lakes.polygons,
    ...riverFeatures(ne.rivers, DECIMALS),
    ...lakes.labels,
    ...marineLabels(ne.marine, seaNames),
    ...placeFeatures(ne.places, loadCorridorPlaces(), DECIMALS),
  ];
}

function main(): void {
  const topology = simplifyTopology(loadTopology());
  const countries = buildCountries(topology);
  const meshLines = (keep: (a: GeometryObject, b: GeometryObject) => boolean) =>
    clipRoundLines(mesh(topology, topology.objects.countries, keep).coordinates as Line[]);
  // Natural Earth admin-0 leaves the Caspian Sea out of every country (it is a gap, like the ocean),
  // so its shores are edges used by one country only (a === b) and land in the coast mesh, and it is
  // water on a water-coloured background. seaLabels() asserts that its label point is not on land.
  const features: Feature[] = [
    ...countries.map(
      (c): Feature<MultiPolygon> => ({
        type: "Feature",
        properties: { layer: "country", iso2: c.iso2, name: c.name },
        geometry: { type: "MultiPolygon", coordinates: c.polygons },
      }),
    ),
    lineFeature(
      "border",
      meshLines((a, b) => a !== b),
    ),
    lineFeature(
      "coast",
      meshLines((a, b) => a === b),
    ),
    ...countries.map(countryLabel).filter((f): f is Feature<Point> => f !== null),
    ...seaLabels(countries),
    ...naturalEarthFeatures(new Set(SEA_LABELS.map((s) => s.name))),
  ];
  const json = encodeTopology(features, OBJECT_NAME, TRANSFORM);
  assertRoundTrip(json, features, OBJECT_NAME, DECIMALS);
  writeFileSync(OUT_FILE, json);
  const raw = Buffer.byteLength(json);
  const gzip = gzipSync(json, { level: 9 }).length;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const arcCount = (JSON.parse(json) as Topology).arcs.length;
  console.log(`${OUT_FILE}: ${features.length} features, ${countries.length} countries, ${arcCount} arcs`);
  console.log(`raw ${kb(raw)}, gzip ${kb(gzip)} (budget ${kb(GZIP_BUDGET_BYTES)})`);
  if (gzip > GZIP_HARD_LIMIT_BYTES) throw new Error("basemap over the hard size limit");
  if (gzip > GZIP_BUDGET_BYTES)
    throw new Error("basemap over budget: raise FAR_DETAIL_FACTOR or the tolerances");
}

main();
