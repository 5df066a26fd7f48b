// Rivers, lakes and the names of seas, gulfs and straits for the basemap, from the Natural Earth
// 1:10m extracts in data/basemap/: simplified for zooms up to ~9, staged by Natural Earth's own
// min_zoom, named in the languages the data has.
import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Polygon } from "geojson";
import polylabel from "polylabel";
import { type Line, type PolygonRings, type Position, polygonArea, roundLine } from "./basemapGeometry.ts";
import { waterNames } from "./basemapNames.ts";

interface Named {
  name?: string | null;
  name_en?: string | null;
  featurecla: string;
  scalerank: number;
}
export interface NaturalEarthRiver extends Named {
  min_zoom: number;
  strokeweig: number;
}
export interface NaturalEarthLake extends Named {
  min_zoom: number;
}
export interface NaturalEarthMarine extends Named {
  min_label: number;
}

/** English names where Natural Earth uses a local or misspelt one. */
const RIVER_NAMES: Record<string, string> = { Ile: "Ili", Ertix: "Irtysh", Ertis: "Irtysh", Donau: "Danube" };
/** Douglas–Peucker tolerance in degrees: ~1.5 px at zoom 7 (one px ≈ 0.0055° there). */
const RIVER_TOLERANCE = 0.008;
const LAKE_TOLERANCE = 0.006;
/** The smoothed line a river's name follows: ~8 px at zoom 6, where the names show. */
const RIVER_NAME_TOLERANCE = 0.08;
const RIVER_NAME_DECIMALS = 2;
/** Lakes (and lake islands) smaller than this in square degrees are dropped: under ~8 × 8 px at zoom 7. */
const MIN_LAKE_AREA = 0.002;
/** Rivers are quiet thin lines, so they show two zooms before Natural Earth's hint; their names one. */
const RIVER_EARLY = 2;
/** Sea names with min_label above this are for closer zooms than this map has. */
const MAX_MARINE_LABEL = 8;
/** [lon, lat] where the pole of the polygon sits badly: the Bosporus's is on Marmaray, the corridor's
 * own place at the strait's southern end; the name goes up the strait instead. */
const MARINE_LABEL_AT: Record<string, Position> = { Bosporus: [29.07, 41.17] };
/** Marine features that are not sea names (the Yangtze estuary is a "river" polygon). */
const MARINE_CLASSES = new Set(["sea", "gulf", "bay", "strait", "channel", "sound", "lagoon"]);

const text = (s: string | null | undefined): string => (s ?? "").replace(/\s+/g, " ").trim();
const englishName = (p: Named): string => text(p.name_en) || text(p.name);

function perpendicular(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
}

/** Douglas–Peucker, iterative; keeps both end points. */
export function simplifyLine(line: Line, tolerance: number): Line {
  if (line.length <= 2) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [i, j] = stack.pop() as [number, number];
    let worst = -1;
    let at = -1;
    for (let k = i + 1; k < j; k++) {
      const d = perpendicular(line[k] as Position, line[i] as Position, line[j] as Position);
      if (d > worst) [worst, at] = [d, k];
    }
    if (worst > tolerance) {
      keep[at] = 1;
      stack.push([i, at], [at, j]);
    }
  }
  return line.filter((_, k) => keep[k] === 1);
}

const linesOf = (g: { type: string; coordinates: unknown }): Line[] =>
  g.type === "LineString"
    ? [g.coordinates as Line]
    : g.type === "MultiLineString"
      ? (g.coordinates as Line[])
      : [];
const polygonsOf = (g: { type: string; coordinates: unknown }): PolygonRings[] =>
  g.type === "Polygon"
    ? [g.coordinates as PolygonRings]
    : g.type === "MultiPolygon"
      ? (g.coordinates as PolygonRings[])
      : [];

/** Joins lines that meet end to start into longer ones (Natural Earth cuts a river where its width
 * changes): a name along a line needs a run long enough to hold it. Order is kept stable. */
export function joinLines(lines: readonly Line[]): Line[] {
  const key = (p: Position) => `${p[0]},${p[1]}`;
  const out: Line[] = lines.map((l) => [...l]);
  let joined = true;
  while (joined) {
    joined = false;
    const byStart = new Map<string, number>();
    for (const [i, l] of out.entries()) byStart.set(key(l[0] as Position), i);
    for (let i = 0; i < out.length; i++) {
      const line = out[i] as Line;
      const next = byStart.get(key(line[line.length - 1] as Position));
      if (next === undefined || next === i) continue;
      out[i] = [...line, ...(out[next] as Line).slice(1)];
      out.splice(next, 1);
      joined = true;
      break;
    }
  }
  return out;
}

const byKey = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Rivers as one MultiLineString per name, width and zoom, so a river widens downstream. Lake centre
 * lines are left out: the lakes are drawn as water. */
export function riverFeatures(
  rivers: ReadonlyArray<Feature<LineString | MultiLineString, NaturalEarthRiver>>,
  decimals: number,
): Array<Feature<MultiLineString>> {
  const groups = new Map<string, { name: string; weight: number; minzoom: number; lines: Line[] }>();
  // Joined before simplifying, so the joints are not kinks.
  for (const f of rivers) {
    const p = f.properties;
    if (p.featurecla !== "River") continue;
    const source = englishName(p);
    const name = RIVER_NAMES[source] ?? source;
    const minzoom = Math.max(2, Math.round(p.min_zoom) - RIVER_EARLY);
    const key = `${name}|${p.strokeweig}|${minzoom}`;
    const group = groups.get(key) ?? { name, weight: p.strokeweig, minzoom, lines: [] };
    group.lines.push(...linesOf(f.geometry));
    groups.set(key, group);
  }
  // The line each river's name runs along: the whole river joined across its widths and smoothed
  // hard, as MapLibre only sets a name along a line that bends gently over the name's length.
  const names = new Map<string, { labelzoom: number; lines: Line[] }>();
  for (const group of [...groups.entries()].sort(byKey).map(([, g]) => g)) {
    if (!group.name) continue;
    const named = names.get(group.name) ?? { labelzoom: Number.POSITIVE_INFINITY, lines: [] };
    named.labelzoom = Math.min(named.labelzoom, Math.max(4, group.minzoom + 1));
    named.lines.push(...group.lines);
    names.set(group.name, named);
  }
  for (const group of groups.values()) {
    group.lines = joinLines(group.lines)
      .map((line) => roundLine(simplifyLine(line, RIVER_TOLERANCE), decimals))
      .filter((line) => line.length >= 2);
  }
  const lines = [...groups.entries()]
    .sort(byKey)
    .filter(([, g]) => g.lines.length > 0)
    .map(
      ([, g]): Feature<MultiLineString> => ({
        type: "Feature",
        properties: { layer: "river", name: g.name, weight: g.weight, minzoom: g.minzoom },
        geometry: { type: "MultiLineString", coordinates: g.lines },
      }),
    );
  const riverNames = [...names.entries()]
    .sort(byKey)
    .flatMap(([name, n]): Array<Feature<MultiLineString>> => {
      const lines = joinLines(n.lines)
        // Rounded coarser than the rivers: on their vertices, it would cut their arcs into many.
        .map((line) => roundLine(simplifyLine(line, RIVER_NAME_TOLERANCE), RIVER_NAME_DECIMALS))
        .filter((line) => line.length >= 2);
      if (lines.length === 0) return [];
      return [
        {
          type: "Feature",
          properties: { layer: "river-name", name, ...waterNames(name), labelzoom: n.labelzoom },
          geometry: { type: "MultiLineString", coordinates: lines },
        },
      ];
    });
  return [...lines, ...riverNames];
}

/** Lakes and reservoirs as water polygons, and a label point for each named one. */
export function lakeFeatures(
  lakes: ReadonlyArray<Feature<Polygon | MultiPolygon, NaturalEarthLake>>,
  decimals: number,
): { polygons: Array<Feature<MultiPolygon>>; labels: Array<Feature<Point>> } {
  const polygons: Array<Feature<MultiPolygon>> = [];
  const labels: Array<Feature<Point>> = [];
  const rows = lakes
    .map((f) => ({ f, name: englishName(f.properties) }))
    .sort(
      (a, b) =>
        a.f.properties.min_zoom - b.f.properties.min_zoom || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
  for (const { f, name } of rows) {
    const big = (ring: Line) => ring.length >= 4 && Math.abs(polygonArea([ring])) >= MIN_LAKE_AREA;
    const kept = polygonsOf(f.geometry).flatMap((polygon): PolygonRings[] => {
      const [outer, ...holes] = polygon.map((ring) =>
        roundLine(simplifyLine(ring, LAKE_TOLERANCE), decimals),
      );
      return outer && big(outer) ? [[outer, ...holes.filter(big)]] : [];
    });
    if (kept.length === 0) continue;
    const minzoom = Math.max(2, Math.round(f.properties.min_zoom) - 1);
    const kind = f.properties.featurecla === "Reservoir" ? "reservoir" : "lake";
    polygons.push({
      type: "Feature",
      properties: { layer: "lake", kind, ...(name ? { name } : {}) },
      geometry: { type: "MultiPolygon", coordinates: kept },
    });
    if (!name) continue;
    const areas = kept.map((p) => Math.abs(polygonArea(p)));
    const largest = kept[areas.indexOf(Math.max(...areas))] as PolygonRings;
    const pole = polylabel(largest, 0.01);
    labels.push({
      type: "Feature",
      // Lake names show a zoom after the water itself, from zoom 4 at the earliest.
      properties: { layer: "lake-label", name, ...waterNames(name), kind, minzoom: Math.max(4, minzoom + 1) },
      geometry: { type: "Point", coordinates: roundLine([[pole[0], pole[1]]], 2)[0] as Position },
    });
  }
  return { polygons, labels };
}

/** Sea, gulf and strait names from Natural Earth's marine polygons, leaving out those already named. */
export function marineLabels(
  marine: ReadonlyArray<Feature<Polygon | MultiPolygon, NaturalEarthMarine>>,
  alreadyNamed: ReadonlySet<string>,
): Array<Feature<Point>> {
  const seen = new Set(alreadyNamed);
  const out: Array<[string, Feature<Point>]> = [];
  for (const f of marine) {
    const p = f.properties;
    const name = englishName(p);
    if (!name || seen.has(name) || !MARINE_CLASSES.has(p.featurecla) || p.min_label > MAX_MARINE_LABEL)
      continue;
    // Clipping to the region leaves some parts empty (the Bering Sea's).
    const polygons = polygonsOf(f.geometry).filter((q) => (q[0]?.length ?? 0) >= 4);
    if (polygons.length === 0) continue;
    seen.add(name);
    const areas = polygons.map((q) => Math.abs(polygonArea(q)));
    const largest = polygons[areas.indexOf(Math.max(...areas))] as PolygonRings;
    const pole = MARINE_LABEL_AT[name] ?? polylabel(largest, 0.005);
    // The sea-label ranks: 3 shows from zoom 5.5, 4 from 6.5 (style: basemapLabelLayers).
    const rank = p.min_label <= 6 ? 3 : 4;
    out.push([
      name,
      {
        type: "Feature",
        properties: { layer: "sea-label", name, ...waterNames(name), rank, kind: p.featurecla },
        geometry: { type: "Point", coordinates: roundLine([[pole[0], pole[1]]], 2)[0] as Position },
      },
    ]);
  }
  return out.sort(byKey).map(([, f]) => f);
}
