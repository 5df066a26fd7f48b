// The real data under data/, checked through the same loader the build and check:data use,
// plus facts about the corridor that a map most easily gets wrong.
import { describe, expect, it } from "vitest";
import { checkAll } from "../../scripts/lib/checkAll.ts";
import { buildGraph, findPath } from "../../src/data/corridorGraph.ts";
import { formatDataError } from "../../src/data/dataErrors.ts";

const checked = checkAll(process.cwd());
const result = checked.load;

describe("data/", () => {
  it("passes every check: schema, links, geometry against Natural Earth, lengths", () => {
    expect(checked.errors.map(formatDataError)).toEqual([]);
  });

  it("draws each line within ±15 % of its published length", () => {
    for (const r of checked.lengths)
      expect(Math.abs(r.ratio - 1), `${r.id}: ratio ${r.ratio.toFixed(2)}`).toBeLessThanOrEqual(0.15);
  });

  it("has the segments the corridor needs, each with an annotation that quotes a source", () => {
    if (!result.ok) throw new Error("invalid data");
    const ids = result.data.segments.map((s) => s.id);
    for (const id of [
      "cn-rail-lianyungang-dostyk",
      "kz-rail-dostyk-beyneu",
      "kz-rail-beyneu-aktau",
      "caspian-oil-tanker-aktau-sangachal",
      "btc-pipeline-sangachal-ceyhan",
      "trade-kz-grain-to-azerbaijan",
      "black-sea-energy-cable-anaklia-constanta",
      "caspian-sea-turkmenbashi-alat",
      "caspian-sea-aktau-alat",
      "az-rail-alat-boyuk-kasik",
      "ge-rail-tbilisi-poti",
      "btk-rail-marabda-kars",
      "tr-rail-ankara-halkali",
      "caspian-fiber-aktau-sumgait",
      "caspian-power-cable",
    ]) {
      expect(ids).toContain(id);
    }
    for (const f of result.corridor.features) {
      if (f.properties.featureType !== "segment") continue;
      expect(f.properties.annotations.length, f.properties.id).toBeGreaterThan(0);
      expect(f.properties.annotations[0]?.quotes.length, f.properties.id).toBeGreaterThan(0);
    }
  });

  it("keeps the Baku–Tbilisi–Kars line out of Armenia (west of 43.35° E between 40.6° and 41.3° N)", () => {
    if (!result.ok) throw new Error("invalid data");
    const w = result.data.segments.find((s) => s.id === "btk-rail-marabda-kars")?.waypoints ?? [];
    expect(w.length).toBeGreaterThan(3);
    for (let i = 0; i + 1 < w.length; i++) {
      const [a, b] = [w[i], w[i + 1]] as [[number, number], [number, number]];
      for (let t = 0; t <= 1; t += 0.05) {
        const lon = a[0] + (b[0] - a[0]) * t;
        const lat = a[1] + (b[1] - a[1]) * t;
        if (lat >= 40.6 && lat <= 41.3)
          expect(lon, `at ${lon.toFixed(3)}, ${lat.toFixed(3)}`).toBeLessThan(43.35);
      }
    }
  });
});

describe("the transport chain", () => {
  if (!result.ok) throw new Error("invalid data");
  const transport = result.data.segments.filter(
    (s) => ["rail", "road", "sea"].includes(s.kind) && s.layerGroup !== "energy",
  );
  const graph = buildGraph(transport, result.data.nodes);

  it.each([
    ["lianyungang", "halkali", "Istanbul"],
    ["lianyungang", "kapikule", "the Bulgarian border"],
    ["lianyungang", "constanta", "Constanța"],
  ])("joins up end to end from China (%s) to %s (%s)", (from, to) => {
    const path = findPath(graph, from, to);
    expect(path, `${from} → ${to}`).not.toBeNull();
    // It crosses the Caspian by sea.
    expect(path?.some((h) => transport.find((s) => s.id === h.segment)?.kind === "sea")).toBe(true);
  });

  it("does not join places that no segment links: without the Caspian crossings, China and Istanbul are apart", () => {
    const noSea = buildGraph(
      transport.filter((s) => s.kind !== "sea"),
      result.data.nodes,
    );
    expect(findPath(noSea, "lianyungang", "aktau-port")).not.toBeNull();
    expect(findPath(noSea, "lianyungang", "halkali")).toBeNull();
  });
});
