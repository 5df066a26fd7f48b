// Country shapes for the geometry checks: Natural Earth 1:10m admin-0 (world-atlas), at full
// detail, with ISO alpha-2 codes. Node only; loaded once per process.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { MultiPolygon, Polygon } from "geojson";
import isoCountries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { CountryShape } from "../../src/data/geoChecks.ts";

let cached: CountryShape[] | null = null;

export function loadCountries(): CountryShape[] {
  if (cached) return cached;
  const path = createRequire(import.meta.url).resolve("world-atlas/countries-10m.json");
  const topology = JSON.parse(readFileSync(path, "utf8")) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries);
  cached = collection.features.flatMap((f) => {
    const g = f.geometry as Polygon | MultiPolygon | null;
    if (!g) return [];
    const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    const code = f.id === undefined ? "" : (isoCountries.numericToAlpha2(String(f.id)) ?? "");
    const name = f.properties?.name === "Turkey" ? "Türkiye" : (f.properties?.name ?? code);
    return [{ code, name, polygons }];
  });
  return cached;
}
