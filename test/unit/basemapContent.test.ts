// What the shipped basemap (public/basemap.topojson, built by `npm run basemap`) holds around the
// corridor: the cities, rivers and lakes a reader orients by, names in the languages the data
// has, one label per place where a corridor place and a city coincide, and that the committed
// file is exactly what the build makes of data/basemap/ today.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Feature, FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { NODE_SYMBOL_RANKS, rankAt } from "../../src/layers/zoomStaging.ts";

const FILE = new URL("../../public/basemap.topojson", import.meta.url);
const text = readFileSync(FILE, "utf8");
const topology = JSON.parse(text) as Topology<{ basemap: GeometryCollection }>;
const features = (feature(topology, topology.objects.basemap) as FeatureCollection).features;
const nodes = (
  JSON.parse(readFileSync(new URL("../../data/nodes.json", import.meta.url), "utf8")) as {
    nodes: Array<{ id: string; rank: number; coordinates: [number, number] }>;
  }
).nodes;

const ofLayer = (layer: string) => features.filter((f) => f.properties?.layer === layer);
const named = (layer: string, name: string): Feature[] =>
  ofLayer(layer).filter((f) => f.properties?.name === name);

describe("the basemap around the corridor", () => {
  it.each(["Almaty", "Tbilisi", "Ganja", "Kutaisi", "Baku", "Ankara", "Xi'an"])(
    "holds the city %s",
    (name) => {
      const [city] = named("city", name);
      expect(city?.geometry.type).toBe("Point");
      // Shown from zoom 6 at the latest: a regional view names it.
      expect(Number(city?.properties?.minzoom)).toBeLessThanOrEqual(6);
    },
  );

  it.each(["Syr Darya", "Ili", "Kura"])("holds the river %s, named from zoom 6 at the latest", (name) => {
    const parts = named("river", name);
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.every((f) => f.geometry.type === "MultiLineString")).toBe(true);
    const [line] = named("river-name", name);
    expect(Number(line?.properties?.labelzoom)).toBeLessThanOrEqual(6);
  });

  it("holds Lake Balkhash as water with its name", () => {
    expect(named("lake", "Lake Balkhash")[0]?.geometry.type).toBe("MultiPolygon");
    const [label] = named("lake-label", "Lake Balkhash");
    const [lon = 0, lat = 0] = label?.geometry.type === "Point" ? label.geometry.coordinates : [];
    expect(lon).toBeGreaterThan(73);
    expect(lon).toBeLessThan(79.5);
    expect(lat).toBeGreaterThan(44.5);
    expect(lat).toBeLessThan(47.5);
  });

  it.each(["Caspian Sea", "Black Sea", "Sea of Marmara", "Bosporus", "Yellow Sea", "Garabogaz Bay"])(
    "names the sea, gulf or strait %s",
    (name) => {
      expect(named("sea-label", name)).toHaveLength(1);
    },
  );

  it("keeps the names Natural Earth has in other languages", () => {
    const [almaty] = named("city", "Almaty");
    expect(String(almaty?.properties?.name_ru)).toMatch(/^\p{Script=Cyrillic}/u); // Natural Earth: Алма-Ата
    expect(String(almaty?.properties?.name_zh)).toMatch(/\p{Script=Han}/u);
    expect(almaty?.properties?.name_de).toBeUndefined(); // the same as the English name: not repeated
  });
});

describe("one label per place where a corridor place and a city coincide", () => {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const cities = ofLayer("city");

  it("ties the cities at corridor places to them, by name and distance", () => {
    const tie = (name: string) => named("city", name).map((f) => f.properties?.node);
    expect(tie("Almaty")).toEqual(["almaty"]);
    expect(tie("Tbilisi")).toEqual(["tbilisi"]);
    expect(tie("Ganja")).toEqual(["ganja"]);
    expect(tie("Xi'an")).toEqual(["xian"]);
    // Named differently (Sumqayit / Sumgait), at the same spot.
    expect(tie("Sumqayit")).toEqual(["sumgait"]);
    // Natural Earth's Istanbul, 20 km from the corridor's Halkalı (Istanbul).
    expect(tie("Istanbul")).toEqual(["halkali"]);
    // Kutaisi is no corridor place: its own label.
    expect(tie("Kutaisi")).toEqual([undefined]);
  });

  it("shows either the corridor place or the city at every zoom, never both", () => {
    const tied = cities.filter((f) => f.properties?.node !== undefined);
    expect(tied.length).toBeGreaterThan(20);
    for (const city of tied) {
      const node = byId.get(String(city.properties?.node));
      expect(node, String(city.properties?.node)).toBeDefined();
      expect(city.properties?.nodeRank).toBe(node?.rank);
      for (let zoom = 2; zoom <= 10; zoom += 0.5) {
        // The style's filters: the place's symbol by rank; the city while the place is not drawn.
        const placeDrawn = (node?.rank ?? 0) <= rankAt(NODE_SYMBOL_RANKS, zoom);
        const cityDrawn = Number(city.properties?.minzoom) <= zoom && !placeDrawn;
        expect(placeDrawn && cityDrawn).toBe(false);
      }
    }
  });
});

describe("the build", () => {
  it("reproduces the committed file byte for byte from data/basemap/ and world-atlas", () => {
    const dir = mkdtempSync(join(tmpdir(), "basemap-"));
    try {
      const out = join(dir, "basemap.topojson");
      execFileSync("npx", ["tsx", "scripts/buildBasemap.ts"], {
        env: { ...process.env, BASEMAP_OUT: out },
        stdio: "pipe",
      });
      expect(readFileSync(out, "utf8") === text).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
