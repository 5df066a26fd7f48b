// Trade flows are drawn as curves between their end points, so they read as flows between
// places rather than as routes. A quadratic Bézier bowed to the left of the direction of travel.

/** How far the curve bows out, as a share of the distance between the ends. */
const BOW = 0.22;
const STEPS = 40;

export function flowCurve(from: readonly number[], to: readonly number[]): [number, number][] {
  const [x0 = 0, y0 = 0] = from;
  const [x1 = 0, y1 = 0] = to;
  // Control point: the midpoint, pushed sideways (left of travel) by BOW × the distance.
  const cx = (x0 + x1) / 2 - (y1 - y0) * BOW;
  const cy = (y0 + y1) / 2 + (x1 - x0) * BOW;
  const points: [number, number][] = [];
  for (let i = 0; i <= STEPS; i++) {
    const t = i / STEPS;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    points.push([
      Number((a * x0 + b * cx + c * x1).toFixed(4)),
      Number((a * y0 + b * cy + c * y1).toFixed(4)),
    ]);
  }
  return points;
}
