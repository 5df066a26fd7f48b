// Pure planar geometry helpers for scripts/buildBasemap.ts: clipping lines and polygons to an
// axis-aligned box, distance to a box, ring orientation/area, point-in-polygon and coordinate rounding.
// Coordinates are plain [lon, lat] pairs; nothing here knows about GeoJSON features or files.
import { pointInPolygon, pointInRing } from "../../src/data/geometry.ts";

export type Position = [number, number];
export type Line = Position[];
/** Closed ring: first position equals last. */
export type Ring = Position[];
/** Exterior ring first, then holes. */
export type PolygonRings = Ring[];

export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

const same = (a: Position, b: Position): boolean => a[0] === b[0] && a[1] === b[1];

/** Shoelace signed area: positive for counter-clockwise rings (x east, y north). */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i] as Position;
    const [x1, y1] = ring[i + 1] as Position;
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

/** Area of a polygon (exterior minus holes), orientation-independent. */
export function polygonArea(rings: PolygonRings): number {
  return rings.reduce((acc, ring, i) => acc + (i === 0 ? 1 : -1) * Math.abs(ringArea(ring)), 0);
}

// Point in polygon lives once, in src/data/geometry.ts (the data checks use it too).
export { pointInPolygon, pointInRing };

const inBox = (p: Position, b: Box): boolean =>
  p[0] >= b.west && p[0] <= b.east && p[1] >= b.south && p[1] <= b.north;

/** Straight-line distance (in coordinate units) from p to the closed box: 0 on or inside it. */
export function distanceOutsideBox(p: Position, b: Box): number {
  const dx = Math.max(b.west - p[0], 0, p[0] - b.east);
  const dy = Math.max(b.south - p[1], 0, p[1] - b.north);
  return Math.hypot(dx, dy);
}

/**
 * Liang–Barsky: the part of segment a→b inside the (closed) box as [entry, exit, leavesBox], or null
 * when it misses the box. Cut points are snapped exactly onto the box edge they were cut at.
 */
function clipSegment(a: Position, b: Position, box: Box): [Position, Position, boolean] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const p = [-dx, dx, -dy, dy];
  const q = [a[0] - box.west, box.east - a[0], a[1] - box.south, box.north - a[1]];
  const edge = [box.west, box.east, box.south, box.north];
  let t0 = 0;
  let t1 = 1;
  let e0 = -1;
  let e1 = -1;
  for (let i = 0; i < 4; i++) {
    const pi = p[i] as number;
    const qi = q[i] as number;
    if (pi === 0) {
      if (qi < 0) return null;
      continue;
    }
    const r = qi / pi;
    if (pi < 0) {
      if (r > t1) return null;
      if (r > t0) [t0, e0] = [r, i];
    } else {
      if (r < t0) return null;
      if (r < t1) [t1, e1] = [r, i];
    }
  }
  const at = (t: number, e: number): Position => {
    const pt: Position = t === 0 ? [a[0], a[1]] : t === 1 ? [b[0], b[1]] : [a[0] + t * dx, a[1] + t * dy];
    if (e >= 0) pt[e < 2 ? 0 : 1] = edge[e] as number;
    return pt;
  };
  return [at(t0, e0), at(t1, e1), t1 < 1];
}

/** Clip a polyline to the box: inside parts are kept, outside parts dropped, split where it leaves. */
export function clipLine(line: Line, box: Box): Line[] {
  const out: Line[] = [];
  let current: Line = [];
  const flush = (next: Line) => {
    if (current.length >= 2) out.push(current);
    current = next;
  };
  for (let i = 0; i + 1 < line.length; i++) {
    const clipped = clipSegment(line[i] as Position, line[i + 1] as Position, box);
    if (!clipped) {
      flush([]);
      continue;
    }
    const [start, end, leaves] = clipped;
    const last = current[current.length - 1];
    if (!last || !same(last, start)) flush([start]);
    if (!same(current[current.length - 1] as Position, end)) current.push(end);
    if (leaves) flush([]);
  }
  flush([]);
  return out;
}

/** Position of a box-boundary point along the perimeter, counter-clockwise from the south-west corner. */
function perimeterParam(p: Position, box: Box): number {
  const w = box.east - box.west;
  const h = box.north - box.south;
  if (p[1] === box.south) return p[0] - box.west;
  if (p[0] === box.east) return w + p[1] - box.south;
  if (p[1] === box.north) return w + h + box.east - p[0];
  if (p[0] === box.west) return 2 * w + h + box.north - p[1];
  throw new Error(`point ${p.join(",")} is not on the clip box boundary`);
}

function boxCorners(box: Box): Array<{ t: number; p: Position }> {
  const w = box.east - box.west;
  const h = box.north - box.south;
  return [
    { t: 0, p: [box.west, box.south] },
    { t: w, p: [box.east, box.south] },
    { t: w + h, p: [box.east, box.north] },
    { t: 2 * w + h, p: [box.west, box.north] },
  ];
}

/**
 * Join boundary-to-boundary pieces (polygon interior on their left) into closed rings by walking
 * counter-clockwise along the box edge from each piece's exit to the next piece's entry.
 */
function rejoin(pieces: Line[], box: Box): Ring[] {
  const perimeter = 2 * (box.east - box.west + box.north - box.south);
  const corners = boxCorners(box);
  const starts = pieces.map((piece) => perimeterParam(piece[0] as Position, box));
  const ends = pieces.map((piece) => perimeterParam(piece[piece.length - 1] as Position, box));
  const ccw = (from: number, to: number) => (((to - from) % perimeter) + perimeter) % perimeter;
  // Each exit is followed by the nearest unclaimed entry counter-clockwise (exits handled in perimeter order).
  const next = new Array<number>(pieces.length).fill(-1);
  const claimed = new Set<number>();
  const order = pieces.map((_, i) => i).sort((i, j) => (ends[i] as number) - (ends[j] as number) || i - j);
  for (const i of order) {
    let best = -1;
    let bestD = Infinity;
    for (let j = 0; j < pieces.length; j++) {
      if (claimed.has(j)) continue;
      const d = ccw(ends[i] as number, starts[j] as number);
      if (d < bestD) [best, bestD] = [j, d];
    }
    claimed.add(best);
    next[i] = best;
  }
  const rings: Ring[] = [];
  const used = new Set<number>();
  for (let first = 0; first < pieces.length; first++) {
    if (used.has(first)) continue;
    const ring: Ring = [];
    const push = (p: Position) => {
      if (ring.length === 0 || !same(ring[ring.length - 1] as Position, p)) ring.push(p);
    };
    let i = first;
    do {
      used.add(i);
      for (const p of pieces[i] as Line) push(p);
      const j = next[i] as number;
      const from = ends[i] as number;
      const d = ccw(from, starts[j] as number);
      const passed = corners.map((c) => ({ d: ccw(from, c.t), p: c.p })).filter((c) => c.d > 0 && c.d < d);
      for (const c of passed.sort((x, y) => x.d - y.d)) push(c.p);
      i = j;
    } while (i !== first && !used.has(i));
    push(ring[0] as Position);
    if (ring.length >= 4) rings.push(ring);
  }
  return rings;
}

/** Rotate a closed ring so it starts (and ends) at vertex k. */
function rotateRing(ring: Ring, k: number): Ring {
  const open = ring.slice(0, -1);
  const rotated = [...open.slice(k), ...open.slice(0, k)];
  return [...rotated, rotated[0] as Position];
}

/**
 * Clip one polygon (exterior + holes) to the box. Returns zero or more polygons whose rings are
 * closed, exteriors counter-clockwise and holes clockwise. Parts that run along the box edge are
 * real polygon edges there (the polygon is cut), so never stroke polygon outlines at the edge.
 */
export function clipPolygon(polygon: PolygonRings, box: Box): PolygonRings[] {
  const oriented = polygon.map((ring, i) => {
    const ccw = ringArea(ring) > 0;
    return (i === 0) === ccw ? ring : [...ring].reverse();
  });
  const pieces: Line[] = [];
  const whole: Ring[] = [];
  for (const ring of oriented) {
    const outside = ring.findIndex((p) => !inBox(p, box));
    if (outside < 0) whole.push(ring);
    else pieces.push(...clipLine(rotateRing(ring, outside), box));
  }
  const exteriors: Ring[] = pieces.length > 0 ? rejoin(pieces, box) : [];
  if (pieces.length === 0 && pointInPolygon([box.west, box.south], oriented)) {
    exteriors.push(
      boxCorners(box)
        .map((c) => c.p)
        .concat([[box.west, box.south]]),
    );
  }
  const holes: Ring[] = [];
  for (const ring of whole) (ringArea(ring) > 0 ? exteriors : holes).push(ring);
  const result: PolygonRings[] = exteriors.filter((ring) => ringArea(ring) > 0).map((ring) => [ring]);
  for (const hole of holes) {
    const owner = result
      .filter((poly) => pointInRing(hole[0] as Position, poly[0] as Ring))
      .sort((a, b) => ringArea(a[0] as Ring) - ringArea(b[0] as Ring))[0];
    owner?.push(hole);
  }
  return result;
}

/**
 * Make longitudes continuous (no step over 180°), so a line crossing the antimeridian
 * (179.9 → -180) continues to 180.1 instead of jumping back across the whole map.
 * A ring that would not close again after unwrapping (one circling a pole) is returned as is.
 */
export function unwrapLongitudes(line: Line): Line {
  const out: Line = [];
  let offset = 0;
  for (const [x, y] of line) {
    const prev = out[out.length - 1];
    if (prev) offset += Math.round((prev[0] - (x + offset)) / 360) * 360;
    out.push([x + offset, y]);
  }
  const closedBefore = line.length > 1 && same(line[0] as Position, line[line.length - 1] as Position);
  const closedAfter = out.length > 1 && same(out[0] as Position, out[out.length - 1] as Position);
  return closedBefore && !closedAfter ? line : out;
}

const WORLD_SHIFTS = [-360, 0, 360];
const shift = (line: Line, dx: number): Line => line.map(([x, y]) => [x + dx, y]);

/** clipLine for lon/lat data that may cross the antimeridian (the box must lie within ±180°). */
export function clipLonLatLine(line: Line, box: Box): Line[] {
  const unwrapped = unwrapLongitudes(line);
  return WORLD_SHIFTS.flatMap((dx) => clipLine(shift(unwrapped, dx), box));
}

/** clipPolygon for lon/lat data that may cross the antimeridian (the box must lie within ±180°). */
export function clipLonLatPolygon(polygon: PolygonRings, box: Box): PolygonRings[] {
  const unwrapped = polygon.map(unwrapLongitudes);
  return WORLD_SHIFTS.flatMap((dx) =>
    clipPolygon(
      unwrapped.map((ring) => shift(ring, dx)),
      box,
    ),
  );
}

/** Round to `decimals`, dropping consecutive duplicates produced by the rounding. */
export function roundLine(line: Line, decimals: number): Line {
  const f = 10 ** decimals;
  const out: Line = [];
  for (const [x, y] of line) {
    const p: Position = [Math.round(x * f) / f, Math.round(y * f) / f];
    if (out.length === 0 || !same(out[out.length - 1] as Position, p)) out.push(p);
  }
  return out;
}

/** Round a polygon; rings that collapse (fewer than 4 positions or no area) are dropped. */
export function roundPolygon(polygon: PolygonRings, decimals: number): PolygonRings | null {
  const valid = (ring: Ring) => ring.length >= 4 && ringArea(ring) !== 0;
  const [exterior, ...holes] = polygon.map((ring) => roundLine(ring, decimals));
  if (!exterior || !valid(exterior)) return null;
  return [exterior, ...holes.filter(valid)];
}
