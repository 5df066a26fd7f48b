import { describe, expect, it } from "vitest";
import { segmentLengthKm } from "../../src/data/buildCorridor.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";

describe("segment length", () => {
  it("measures the drawn line along the great circle", () => {
    // One degree of longitude on the equator is 111.2 km.
    expect(
      segmentLengthKm([
        [0, 0],
        [1, 0],
      ]),
    ).toBe(111);
    // Waypoints count: a detour is longer than the straight line.
    expect(
      segmentLengthKm([
        [0, 0],
        [0.5, 0.5],
        [1, 0],
      ]),
    ).toBe(157);
  });
});

describe("buildCorridor", () => {
  const corridor = fixtureCorridor();

  it("emits segment features with the contract's properties", () => {
    const seg = corridor.segmentById.get("rail-a");
    expect(seg?.geometry.type).toBe("LineString");
    expect(seg?.properties).toMatchObject({
      id: "rail-a",
      name: "Rail Beyneu–Aktau",
      kind: "rail",
      status: "operational",
      countries: ["KZ"],
      fromName: "Beyneu",
      toName: "Aktau",
    });
    expect(seg?.properties.lengthKm).toBe(
      segmentLengthKm([
        [55.19, 45.32],
        [52.12, 44.17],
        [51.2, 43.61],
      ]),
    );
    expect(seg?.properties.annotations[0]).toMatchObject({
      summary: "The line is being upgraded.",
      quotes: ["The railway from Aktau to the border is being upgraded."],
      topic: "infrastructure",
      source: { id: "src-a", outlet: "Test Outlet", title: "A test article", date: "2025-02-25" },
    });
  });

  it("emits node features with id, name, kind and country, and their annotations", () => {
    expect(corridor.nodeById.get("aktau")?.properties).toMatchObject({
      id: "aktau",
      name: "Aktau",
      kind: "port",
      country: "KZ",
    });
    expect(corridor.nodeById.get("aktau")?.properties.annotations.map((a) => a.id)).toEqual(["a-fiber"]);
  });

  it("orders segments along the corridor", () => {
    expect(corridor.segments.map((s) => s.properties.id)).toEqual(["rail-a", "fiber-a"]);
  });
});
