// The basemap build's pure pieces: when a city shows, which corridor place a city is, and the
// line joining and simplifying the rivers go through (scripts/lib/basemapPlaces.ts, basemapWater.ts).
import { describe, expect, it } from "vitest";
import {
  type CorridorPlace,
  matchCorridorPlace,
  type NaturalEarthPlace,
  nameKey,
  placeMinZoom,
} from "../../scripts/lib/basemapPlaces.ts";
import { joinLines, simplifyLine } from "../../scripts/lib/basemapWater.ts";

const place = (p: Partial<NaturalEarthPlace>): NaturalEarthPlace => ({
  name: "X",
  featurecla: "Populated place",
  min_zoom: 7,
  pop_max: 10_000,
  ...p,
});

describe("placeMinZoom", () => {
  it("shows capitals and cities of a million at country zoom, regional cities by 6, every town by 8", () => {
    expect(placeMinZoom(place({ featurecla: "Admin-0 capital", min_zoom: 5 }))).toBe(4);
    expect(placeMinZoom(place({ pop_max: 1_200_000, min_zoom: 5 }))).toBe(4);
    expect(placeMinZoom(place({ pop_max: 183_945, min_zoom: 7 }))).toBe(6); // Kutaisi
    expect(placeMinZoom(place({ min_zoom: 5.6 }))).toBe(6);
    expect(placeMinZoom(place({ min_zoom: 6.1 }))).toBe(6);
    expect(placeMinZoom(place({ min_zoom: 9 }))).toBe(8);
    // Natural Earth's earlier hint stands.
    expect(placeMinZoom(place({ pop_max: 4_000_000, min_zoom: 3 }))).toBe(3);
  });
});

describe("matchCorridorPlace", () => {
  const corridor: CorridorPlace[] = [
    { id: "halkali", name: "Halkalı (Istanbul)", label: "Istanbul", coordinates: [28.78, 41.03], rank: 1 },
    {
      id: "marmaray",
      name: "Marmaray (Bosphorus rail tunnel)",
      label: "Marmaray",
      coordinates: [29, 41.02],
      rank: 2,
    },
    {
      id: "sumgait",
      name: "Sumgait (fibre landing)",
      label: "Sumgait",
      coordinates: [49.65, 40.59],
      rank: 2,
    },
    { id: "constanta", name: "Constanța port", label: "Constanța", coordinates: [28.66, 44.17], rank: 1 },
  ];
  it("takes a city of the same name within 30 km, even when another place is nearer", () => {
    // Natural Earth's Istanbul is 20 km from Halkalı and 10 km from Marmaray.
    expect(matchCorridorPlace({ names: ["Istanbul"], at: [29.0081, 41.1069] }, corridor)?.id).toBe("halkali");
  });
  it("takes any city within 6 km whatever its spelling, and none further off", () => {
    expect(matchCorridorPlace({ names: ["Sumqayit"], at: [49.63, 40.58] }, corridor)?.id).toBe("sumgait");
    expect(matchCorridorPlace({ names: ["Sumqayit"], at: [49.63, 40.3] }, corridor)).toBeNull();
    expect(matchCorridorPlace({ names: ["Istanbul"], at: [29.5, 41.5] }, corridor)).toBeNull();
  });
  it("matches names without their accents", () => {
    expect(nameKey("Constanța")).toBe(nameKey("Constanta"));
    expect(matchCorridorPlace({ names: ["Constanta"], at: [28.61, 44.0] }, corridor)?.id).toBe("constanta");
  });
});

describe("river lines", () => {
  it("joins lines that meet end to start, keeping the others", () => {
    const joined = joinLines([
      [
        [2, 0],
        [3, 0],
      ],
      [
        [0, 0],
        [1, 0],
      ],
      [
        [1, 0],
        [2, 0],
      ],
      [
        [5, 5],
        [6, 6],
      ],
    ]);
    expect(joined).toEqual([
      [
        [0, 0],
        [1, 0],
        [2, 0],
        [3, 0],
      ],
      [
        [5, 5],
        [6, 6],
      ],
    ]);
  });
  it("drops points closer to the line than the tolerance, keeping the ends and the bends", () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [3, 1],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [3, 1],
    ]);
    expect(simplifyLine(line, 0.0001)).toEqual(line);
  });
});
