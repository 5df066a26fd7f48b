import { describe, expect, it } from "vitest";
import { distanceToDrawn, pointBeside, signedDistance } from "../../src/map/screenGeometry.ts";

const EAST = [
  { x: 0, y: 0 },
  { x: 100, y: 0 },
];

describe("screen geometry", () => {
  it("is positive to the right of travel (south, on screen, when going east)", () => {
    expect(signedDistance({ x: 50, y: 7 }, EAST)).toBe(7);
    expect(signedDistance({ x: 50, y: -7 }, EAST)).toBe(-7);
  });

  it("measures to a line drawn beside its path", () => {
    expect(distanceToDrawn({ x: 50, y: 5 }, EAST, 5)).toBe(0);
    expect(distanceToDrawn({ x: 50, y: 0 }, EAST, 5)).toBe(5);
  });

  it("places points on the drawn line", () => {
    const [a, b] = EAST as [{ x: number; y: number }, { x: number; y: number }];
    expect(pointBeside(a, b, 0.5, 5)).toEqual({ x: 50, y: 5 });
  });
});
