// The Natural Earth extracts the basemap is built from (data/basemap/, see its README) and the
// corridor's own places (data/nodes.json), read for scripts/buildBasemap.ts.
import { readFileSync } from "node:fs";
import type { Feature, FeatureCollection, Point } from "geojson";
import type { CorridorPlace, NaturalEarthPlace } from "./basemapPlaces.ts";
import type { NaturalEarthLake, NaturalEarthMarine, NaturalEarthRiver } from "./basemapWater.ts";

export const BASEMAP_DATA_DIR = "data/basemap";

const read = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;
// biome-ignore lint/suspicious/noExplicitAny: the geometry types are checked where they are used
type Any = any;
const features = <P>(file: string): Array<Feature<Any, P>> =>
  read<FeatureCollection<Any, P>>(`${BASEMAP_DATA_DIR}/${file}`).features;

export function loadNaturalEarth() {
  return {
    places: features<NaturalEarthPlace>("ne_10m_populated_places_corridor.geojson") as Array<
      Feature<Point, NaturalEarthPlace>
    >,
    rivers: features<NaturalEarthRiver>("ne_10m_rivers_lake_centerlines_corridor.geojson"),
    lakes: features<NaturalEarthLake>("ne_10m_lakes_corridor.geojson"),
    marine: features<NaturalEarthMarine>("ne_10m_geography_marine_polys_corridor.geojson"),
  };
}

export function loadCorridorPlaces(): CorridorPlace[] {
  return read<{ nodes: CorridorPlace[] }>("data/nodes.json").nodes;
}
