import { describe, expect, it } from "vitest";
import {
  constrainBounds,
  fitBoundsInBox,
  fitBoundsToAspect,
  fitProjection,
  kmPerPixel,
  scaleBar,
} from "../../src/render/mercator.ts";

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

  it("fits bounds into the part of a box left free by insets, unstretched", () => {
    const corridor: [number, number, number, number] = [28, 36, 80, 46];
    const box = fitBoundsInBox(corridor, 1000, 600, { bottom: 200, left: 100 });
    const p = fitProjection(box, 1000, 600);
    const [xw, yn] = p(28, 46);
    const [xe, ys] = p(80, 36);
    // Inside the free part (x 100..1000, y 0..400), touching it on two opposite sides.
    for (const v of [xw, xe]) expect(v).toBeGreaterThanOrEqual(99.9);
    for (const v of [xw, xe]) expect(v).toBeLessThanOrEqual(1000.1);
    for (const v of [yn, ys]) expect(v).toBeGreaterThanOrEqual(-0.1);
    for (const v of [yn, ys]) expect(v).toBeLessThanOrEqual(400.1);
    expect(Math.abs(xe - xw - 900) < 0.5 || Math.abs(ys - yn - 400) < 0.5).toBe(true);
    // Centred in the free part.
    expect((xw + xe) / 2).toBeCloseTo(550, 0);
    expect((yn + ys) / 2).toBeCloseTo(200, 0);
  });
});

describe("constrainBounds", () => {
  const limit: [number, number, number, number] = [-15, -58, 150, 76];

  it("leaves bounds inside the limit as they are", () => {
    const b: [number, number, number, number] = [20, 10, 120, 60];
    constrainBounds(b, limit).forEach((v, i) => {
      expect(v).toBeCloseTo(b[i] ?? 0, 9);
    });
  });

  it("moves bounds that reach past an edge back inside, keeping their size", () => {
    const [w, s, e, n] = constrainBounds([60, 10, 190, 60], limit);
    expect(e).toBeCloseTo(150, 9);
    expect(e - w).toBeCloseTo(130, 9);
    expect(s).toBeCloseTo(10, 9);
    expect(n).toBeCloseTo(60, 9);
  });

  it("narrows bounds wider than the limit about their centre, keeping their aspect", () => {
    const before = fitProjection([-40, -10, 200, 60], 1000, 500);
    const b = constrainBounds([-40, -10, 200, 60], limit);
    expect(b[0]).toBeCloseTo(-15, 9);
    expect(b[2]).toBeCloseTo(150, 9);
    const p = fitProjection(b, 1000, 500);
    // Same shape: the aspect of the box in Mercator units is unchanged.
    const aspect = (q: typeof p) => (q(150, 0)[0] - q(-15, 0)[0]) / (q(0, 0)[1] - q(0, 30)[1]);
    expect(aspect(p)).toBeCloseTo(aspect(before), 6);
  });
});
