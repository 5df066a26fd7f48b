import { describe, expect, it } from "vitest";
import { drawnLine } from "../../src/data/buildCorridor.ts";
import { flowCurve } from "../../src/data/flowCurve.ts";
import { chevronImage } from "../../src/map/flowArrow.ts";

describe("trade-flow curves", () => {
  it("start and end at the flow's end points and bow to the left of travel", () => {
    const curve = flowCurve([0, 0], [10, 0]);
    expect(curve[0]).toEqual([0, 0]);
    expect(curve.at(-1)).toEqual([10, 0]);
    const mid = curve[Math.floor(curve.length / 2)];
    // Travelling east, left is north.
    expect(mid?.[1]).toBeGreaterThan(1);
  });

  it("replace a trade flow's waypoints, and leave other kinds as drawn", () => {
    expect(
      drawnLine({
        kind: "trade-flow",
        waypoints: [
          [0, 0],
          [5, 5],
          [10, 0],
        ],
      }),
    ).toHaveLength(41);
    expect(
      drawnLine({
        kind: "rail",
        waypoints: [
          [0, 0],
          [5, 5],
          [10, 0],
        ],
      }),
    ).toEqual([
      [0, 0],
      [5, 5],
      [10, 0],
    ]);
  });
});

describe("flow arrow image", () => {
  it("is an RGBA square, opaque on the chevron and clear in the corners", () => {
    const img = chevronImage(32, "#007A5A");
    expect(img.data).toHaveLength(32 * 32 * 4);
    const alpha = (x: number, y: number) => img.data[(y * 32 + x) * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    // The tip of the chevron, at 72 % across and half-way down.
    expect(alpha(22, 16)).toBe(255);
    const i = (16 * 32 + 21) * 4;
    expect([img.data[i], img.data[i + 1], img.data[i + 2]]).toEqual([0, 122, 90]);
  });
});
