import { describe, expect, it } from "vitest";
import {
  type Box,
  clipLine,
  clipLonLatLine,
  clipLonLatPolygon,
  clipPolygon,
  distanceOutsideBox,
  type PolygonRings,
  pointInPolygon,
  polygonArea,
  ringArea,
  roundLine,
  roundPolygon,
  unwrapLongitudes,
} from "../../scripts/lib/basemapGeometry.ts";

const box: Box = { west: 0, south: 0, east: 10, north: 10 };

const square = (x0: number, y0: number, x1: number, y1: number): PolygonRings => [
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ],
];

describe("clipLine", () => {
  it("keeps a line that is entirely inside unchanged", () => {
    const line: [number, number][] = [
      [1, 1],
      [5, 5],
      [9, 2],
    ];
    expect(clipLine(line, box)).toEqual([line]);
  });

  it("drops a line that is entirely outside", () => {
    expect(
      clipLine(
        [
          [-5, -5],
          [-1, 20],
          [20, 20],
        ],
        box,
      ),
    ).toEqual([]);
  });

  it("cuts a crossing line exactly at the edges", () => {
    expect(
      clipLine(
        [
          [-5, 5],
          [15, 5],
        ],
        box,
      ),
    ).toEqual([
      [
        [0, 5],
        [10, 5],
      ],
    ]);
  });

  it("splits a line that leaves and re-enters, with nothing drawn along the edge", () => {
    const parts = clipLine(
      [
        [2, 2],
        [2, 8],
        [2, 12],
        [8, 12],
        [8, 8],
        [8, 2],
      ],
      box,
    );
    expect(parts).toEqual([
      [
        [2, 2],
        [2, 8],
        [2, 10],
      ],
      [
        [8, 10],
        [8, 8],
        [8, 2],
      ],
    ]);
    for (const part of parts) {
      const onTopEdge = part.filter((p) => p[1] === 10);
      expect(onTopEdge.length).toBeLessThanOrEqual(1);
    }
  });

  it("ignores a line that only touches a corner", () => {
    expect(
      clipLine(
        [
          [-1, 1],
          [0, 0],
          [1, -1],
        ],
        box,
      ),
    ).toEqual([]);
  });

  it("does not draw a line across the map where data crosses the antimeridian", () => {
    const line: [number, number][] = [
      [9, 5],
      [179, 5],
      [-179, 5],
      [-170, 5],
      [1, 6],
    ];
    // Planar clipping alone keeps the 179 → -179 step as a line straight across the box.
    expect(clipLine(line, box)).toHaveLength(3);
    const parts = clipLonLatLine(line, box);
    expect(parts).toHaveLength(2);
    expect(parts.flat().every((p) => p[1] <= 6 && p[0] >= 0 && p[0] <= 10)).toBe(true);
    expect(parts).toContainEqual([
      [9, 5],
      [10, 5],
    ]);
    expect(parts.find((part) => part[0]?.[0] === 0)?.at(-1)).toEqual([1, 6]);
  });

  it("unwraps longitudes but leaves pole-circling rings alone", () => {
    expect(
      unwrapLongitudes([
        [179, 1],
        [-179, 2],
        [-178, 3],
      ]),
    ).toEqual([
      [179, 1],
      [181, 2],
      [182, 3],
    ]);
    const polar: [number, number][] = [
      [-180, -80],
      [0, -85],
      [179, -80],
      [-180, -80],
    ];
    expect(unwrapLongitudes(polar)).toBe(polar);
  });
});

describe("clipPolygon", () => {
  it("keeps an inside polygon and normalises orientation (exterior CCW, holes CW)", () => {
    const poly: PolygonRings = [
      [
        [1, 1],
        [1, 9],
        [9, 9],
        [9, 1],
        [1, 1],
      ],
      ...square(4, 4, 6, 6),
    ];
    const [out] = clipPolygon(poly, box);
    expect(out).toHaveLength(2);
    expect(ringArea(out?.[0] ?? [])).toBe(64);
    expect(ringArea(out?.[1] ?? [])).toBe(-4);
  });

  it("cuts a polygon overlapping a corner into a closed ring along the edges", () => {
    const out = clipPolygon(square(-5, -5, 5, 5), box);
    expect(out).toHaveLength(1);
    const ring = out[0]?.[0] ?? [];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(polygonArea(out[0] ?? [])).toBe(25);
    expect(ring).toContainEqual([0, 0]);
  });

  it("splits a U shape that leaves the box into separate valid polygons", () => {
    // A U opening downwards whose bottom sticks out below the box: two legs remain.
    const u: PolygonRings = [
      [
        [1, -5],
        [4, -5],
        [4, 5],
        [6, 5],
        [6, -5],
        [9, -5],
        [9, 8],
        [1, 8],
        [1, -5],
      ],
    ];
    const out = clipPolygon(u, box);
    expect(out).toHaveLength(1);
    expect(polygonArea(out[0] ?? [])).toBe(8 * 8 - 2 * 5);
    const legs = clipPolygon(
      [
        [
          [1, 5],
          [1, -5],
          [9, -5],
          [9, 5],
          [6, 5],
          [6, -2],
          [4, -2],
          [4, 5],
          [1, 5],
        ],
      ],
      box,
    );
    expect(legs).toHaveLength(2);
    expect(legs.map((p) => polygonArea(p)).sort()).toEqual([15, 15]);
  });

  it("returns the whole box when the polygon covers it, and nothing when disjoint", () => {
    expect(polygonArea(clipPolygon(square(-5, -5, 20, 20), box)[0] ?? [])).toBe(100);
    expect(clipPolygon(square(20, 20, 30, 30), box)).toEqual([]);
  });

  it("keeps a hole crossing the edge as a notch of the exterior", () => {
    const out = clipPolygon([...square(-5, -5, 20, 20), ...square(8, 4, 12, 6)], box);
    expect(out).toHaveLength(1);
    expect(polygonArea(out[0] ?? [])).toBe(100 - 4);
    expect(pointInPolygon([9, 5], out[0] ?? [])).toBe(false);
    expect(pointInPolygon([5, 5], out[0] ?? [])).toBe(true);
  });
});

describe("clipLonLatPolygon", () => {
  it("clips a polygon crossing the antimeridian without a band across the box", () => {
    // A 20°-wide strip from 170°E across the antimeridian to 170°W, 2° tall.
    const strip: PolygonRings = [
      [
        [170, 0],
        [-170, 0],
        [-170, 2],
        [170, 2],
        [170, 0],
      ],
    ];
    const farBox: Box = { west: 175, south: -5, east: 180, north: 5 };
    expect(clipPolygon(strip, farBox).map(polygonArea)).not.toEqual([10]);
    expect(clipLonLatPolygon(strip, farBox).map(polygonArea)).toEqual([10]);
    expect(clipLonLatPolygon(strip, box)).toEqual([]);
  });
});

describe("distanceOutsideBox", () => {
  it("is 0 inside or on the box, and the straight-line distance outside it", () => {
    expect(distanceOutsideBox([5, 5], box)).toBe(0);
    expect(distanceOutsideBox([10, 0], box)).toBe(0);
    expect(distanceOutsideBox([-3, 5], box)).toBe(3);
    expect(distanceOutsideBox([5, 12], box)).toBe(2);
    expect(distanceOutsideBox([13, -4], box)).toBe(5);
  });
});

describe("rounding", () => {
  it("drops duplicate vertices created by rounding and collapsed rings", () => {
    expect(
      roundLine(
        [
          [1.00001, 2],
          [1.00002, 2],
          [3.12345, 4],
        ],
        3,
      ),
    ).toEqual([
      [1, 2],
      [3.123, 4],
    ]);
    expect(roundPolygon(square(0, 0, 0.0001, 0.0001), 3)).toBeNull();
  });
});
