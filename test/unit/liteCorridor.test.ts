import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { loadCorridor } from "../../scripts/lib/loadCorridor.ts";
import { indexCorridor } from "../../src/data/corridor.ts";
import { liteCorridor } from "../../src/data/liteCorridor.ts";
import { citedSources } from "../../src/data/viewData.ts";
import { parseDate } from "../../src/time/dates.ts";
import { timeViewOn } from "../../src/time/timeView.ts";

const result = loadCorridor(process.cwd());
if (!result.ok) throw new Error("the project's data does not load");
const full = indexCorridor(result.corridor);
const lite = indexCorridor(liteCorridor(result.corridor));

describe("corridor-lite.json (the still embed's data)", () => {
  it("is a fraction of corridor.geojson and keeps no annotation text", () => {
    const gzip = (c: typeof full) => gzipSync(JSON.stringify(c.collection), { level: 9 }).length;
    expect(gzip(lite)).toBeLessThan(gzip(full) / 3);
    for (const f of lite.collection.features) {
      expect(f.properties.facts).toEqual([]);
      for (const a of f.properties.annotations) expect([a.summary, a.quotes]).toEqual(["", []]);
    }
  });

  it("draws every date as the whole file does and cites the same sources", () => {
    for (const date of ["2005", "2016-06", "2023-01-15"]) {
      const day = parseDate(date)?.day ?? 0;
      expect([...timeViewOn(lite, day).statuses]).toEqual([...timeViewOn(full, day).statuses]);
      expect([...timeViewOn(lite, day).hiddenNodes]).toEqual([...timeViewOn(full, day).hiddenNodes]);
    }
    const ids = (c: typeof full) => citedSources(c, c.segments).map((s) => s.id);
    expect(ids(lite)).toEqual(ids(full));
    expect(lite.segments.map((s) => s.properties.id)).toEqual(full.segments.map((s) => s.properties.id));
  });

  it("keeps each line within 0.001° of its drawn path", () => {
    for (const s of lite.segments) {
      const original = full.segmentById.get(s.properties.id);
      const first = (g: typeof s.geometry) =>
        g.type === "LineString" ? g.coordinates[0] : g.coordinates[0]?.[0];
      const [a, b] = [first(s.geometry) ?? [0, 0], first(original?.geometry ?? s.geometry) ?? [0, 0]];
      expect(Math.abs((a[0] ?? 0) - (b[0] ?? 0))).toBeLessThanOrEqual(0.0005 + 1e-9);
      expect(Math.abs((a[1] ?? 0) - (b[1] ?? 0))).toBeLessThanOrEqual(0.0005 + 1e-9);
    }
  });
});
