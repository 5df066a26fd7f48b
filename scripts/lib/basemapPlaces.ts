// Cities and towns for the basemap, from Natural Earth 1:10m populated places (data/basemap/):
// when each appears (zoom staging), in which order MapLibre places them, their names in the
// languages the data has, and which corridor place stands at the same spot (that place's own
// label and symbol win: the city is hidden at every zoom where the corridor place is drawn).
import type { Feature, Point } from "geojson";
import { cityNames } from "./basemapNames.ts";

/** The properties kept from a Natural Earth populated place (see data/basemap/README.md). */
export interface NaturalEarthPlace {
  name: string;
  name_en?: string | null;
  name_ru?: string | null;
  name_zh?: string | null;
  name_de?: string | null;
  name_fr?: string | null;
  country?: string | null;
  featurecla: string;
  min_zoom: number;
  pop_max: number;
}

/** A corridor place as data/nodes.json has it (only what matching needs). */
export interface CorridorPlace {
  id: string;
  name: string;
  label?: string;
  coordinates: [number, number];
  rank: number;
}

/** A city this close to a corridor place is that place, whatever its name (Sumqayit/Sumgait). */
export const SAME_PLACE_KM = 6;
/** A city of the same name this close is that place (Natural Earth's points are off by 10–20 km). */
export const SAME_NAME_KM = 30;
/** Capitals and cities of a million or more show from country zoom. */
const BIG_CITY_POP = 1_000_000;
const COUNTRY_ZOOM = 4;
/** Regional cities (Kutaisi, 180,000) show at regional zoom: a reader places Kutaisi against Tbilisi. */
const REGIONAL_CITY_POP = 150_000;
const REGIONAL_ZOOM = 6;
/** Every town by zoom 8 (Natural Earth puts its smallest at 8 and 9). */
const TOWN_ZOOM = 8;

const R_KM = 6371;
export function distanceKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R_KM * Math.asin(Math.sqrt(a));
}

/** Lower case, no diacritics, letters only: "Constanța" and "Constanta" are one name. */
export const nameKey = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}]/gu, "");

/** The zoom from which a city shows: Natural Earth's min_zoom rounded, capitals and big cities
 * at country zoom, regional cities by zoom 6, and every town by TOWN_ZOOM. */
export function placeMinZoom(p: NaturalEarthPlace): number {
  const big = p.featurecla === "Admin-0 capital" || p.pop_max >= BIG_CITY_POP;
  const zoom = Math.min(Math.round(p.min_zoom), TOWN_ZOOM);
  if (big) return Math.min(zoom, COUNTRY_ZOOM);
  return p.pop_max >= REGIONAL_CITY_POP ? Math.min(zoom, REGIONAL_ZOOM) : zoom;
}

/** The corridor place standing where this city is: the nearest within SAME_PLACE_KM, or of the
 * same name within SAME_NAME_KM; null when none. */
export function matchCorridorPlace(
  city: { names: string[]; at: [number, number] },
  places: readonly CorridorPlace[],
): CorridorPlace | null {
  const keys = new Set(city.names.map(nameKey).filter((k) => k !== ""));
  let best: { place: CorridorPlace; km: number } | null = null;
  for (const place of places) {
    const km = distanceKm(city.at, place.coordinates);
    const named = corridorNameKeys(place).some((k) => keys.has(k));
    const same = km <= SAME_PLACE_KM || (named && km <= SAME_NAME_KM);
    if (same && (!best || km < best.km)) best = { place, km };
  }
  return best?.place ?? null;
}

/** A corridor place's names as keys: "Halkalı (Istanbul)" is both Halkalı and Istanbul. */
function corridorNameKeys(place: CorridorPlace): string[] {
  return [place.name, place.label ?? ""]
    .flatMap((n) => [n, n.replace(/\s*\(.*$/, ""), n.match(/\(([^)]*)\)/)?.[1] ?? ""])
    .map(nameKey)
    .filter((k) => k !== "");
}

const text = (s: string | null | undefined): string => (s ?? "").replace(/\s+/g, " ").trim();

/** City point features, in a stable order: by the zoom they show from, then by population. */
export function placeFeatures(
  places: ReadonlyArray<Feature<Point, NaturalEarthPlace>>,
  corridor: readonly CorridorPlace[],
  decimals: number,
): Array<Feature<Point>> {
  const round = (n: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;
  const rows = places
    .filter((f) => f.properties.featurecla !== "Historic place")
    .map((f) => {
      const p = f.properties;
      const at: [number, number] = [
        round(f.geometry.coordinates[0] ?? 0),
        round(f.geometry.coordinates[1] ?? 0),
      ];
      const name = text(p.name_en) || text(p.name);
      const node = matchCorridorPlace({ names: [name, text(p.name)], at }, corridor);
      return { p, at, name, node, minzoom: placeMinZoom(p) };
    })
    .sort(
      (a, b) =>
        a.minzoom - b.minzoom ||
        b.p.pop_max - a.p.pop_max ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
        a.at[0] - b.at[0],
    );
  return rows.map((row, order) => {
    const names = cityNames(row.name, row.p);
    return {
      type: "Feature",
      properties: {
        layer: "city",
        name: row.name,
        ...names,
        iso2: text(row.p.country),
        capital: row.p.featurecla === "Admin-0 capital" ? 1 : 0,
        minzoom: row.minzoom,
        order,
        ...(row.node ? { node: row.node.id, nodeRank: row.node.rank } : {}),
      },
      geometry: { type: "Point", coordinates: row.at },
    };
  });
}
