import { describe, expect, it } from "vitest";
import {
  fitBoundsToAspect,
  fitProjection,
  kmPerPixel,
  scaleBar,
} from "../../src/features/export/figure/mercator.ts";

describe("figure projection", () => {
  it("maps the bounds' corners onto the box's corners", () => {
    const p = fitProjection([40, 38, 52, 46], 1200, 900);
    expect(p(40, 46).map((v) => Math.round(v))).toEqual([0, 0]);
    expect(p(52, 38).map((v) => Math.round(v))).toEqual([1200, 900]);
  });

  it("picks a round scale bar that fits", () => {
    // 10° of longitude at the equator over 1000 px is about 1.113 km per pixel.
    const k = kmPerPixel([0, -1, 10, 1], 1000);
    expect(k).toBeCloseTo(1.113, 2);
    expect(scaleBar(k, 150)).toEqual({ km: 100, px: expect.closeTo(89.8, 1) });
    expect(scaleBar(10, 120).km).toBe(1000);
  });
});

describe("fitBoundsToAspect", () => {
  it("widens the narrow side so the box has the figure's aspect, keeping the centre", () => {
    const b = fitBoundsToAspect([40, 40, 50, 41], 100, 100);
    const p = fitProjection(b, 100, 100);
    // The original box sits centred, full width.
    expect(p(40, 40.5)[0]).toBeCloseTo(0, 5);
    expect(p(50, 40.5)[0]).toBeCloseTo(100, 5);
    expect(p(45, b[1])[1]).toBeCloseTo(100, 5);
  });
});
