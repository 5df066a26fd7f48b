// One computation of how a line is drawn: the map's style and the vector drawer (SVG figure, still
// overview) agree on colour, opacity, pattern and caps for every kind and status, and no dash
// is shorter than the one minimum.
import { describe, expect, it } from "vitest";
import { SEGMENT_KINDS, STATUSES } from "../../src/data/vocabulary.ts";
import { STATUS_SPECS } from "../../src/layers/registry.ts";
import { segmentLayerId } from "../../src/map/layerIds.ts";
import { buildStyle } from "../../src/map/style.ts";
import { dashPx, drawnLine, MIN_DASH_PX } from "../../src/render/lineStyle.ts";

const style = buildStyle({ basemapUrl: "", fonts: { regular: [], semibold: [], italic: [] } });

describe("drawnLine", () => {
  for (const kind of SEGMENT_KINDS)
    for (const status of STATUSES) {
      it(`${kind}, ${status}: the map layer draws what drawnLine says`, () => {
        const line = drawnLine(kind, status);
        const layer = style.layers.find((l) => l.id === segmentLayerId(kind, STATUS_SPECS[status].built));
        if (layer?.type !== "line") throw new Error("no line layer");
        expect(layer.paint?.["line-color"]).toBe(line.color);
        expect(layer.paint?.["line-opacity"]).toBe(line.opacity);
        expect(layer.paint?.["line-dasharray"] ?? null).toEqual(line.dash ? [...line.dash] : null);
        expect(layer.layout?.["line-cap"]).toBe(line.cap);
      });
    }

  it("gives every dash at least the minimum length, so dots show in every renderer", () => {
    const dotted = SEGMENT_KINDS.map((k) => drawnLine(k, "operational")).filter((l) => l.cap === "round");
    expect(dotted.length).toBeGreaterThan(0);
    for (const l of dotted) for (const d of dashPx(l, 1) ?? []) expect(d).toBeGreaterThanOrEqual(MIN_DASH_PX);
  });
});
