// Screen-space geometry for picking: how far a pointer is from a line as drawn, including the
// sideways offset of lines that share a path. Pure, shared by the click router and the tests.

export interface Px {
  x: number;
  y: number;
}

/**
 * Distance from `p` to the polyline, signed: positive on the right of the direction of travel
 * (screen y grows downwards), as MapLibre's line-offset counts it.
 */
export function signedDistance(p: Px, line: readonly Px[]): number {
  let best = Number.POSITIVE_INFINITY;
  let sign = 1;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i] as Px;
    const b = line[i + 1] as Px;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len2 = dx * dx + dy * dy || 1;
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
    const d = Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
    if (d < best) {
      best = d;
      // Cross product of travel and pointer: > 0 means the pointer is to the right (y down).
      sign = dx * (p.y - a.y) - dy * (p.x - a.x) >= 0 ? 1 : -1;
    }
  }
  return best * sign;
}

/** Distance from `p` to the line as drawn `offset` px to the right of its path. */
export function distanceToDrawn(p: Px, line: readonly Px[], offset: number): number {
  if (offset === 0) return Math.abs(signedDistance(p, line));
  return Math.abs(signedDistance(p, line) - offset);
}

/** The point `offset` px to the right of the path at fraction t of segment a→b. */
export function pointBeside(a: Px, b: Px, t: number, offset: number): Px {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  // Right of travel, with y down: rotate the direction by +90°.
  return { x: a.x + dx * t - (dy / len) * offset, y: a.y + dy * t + (dx / len) * offset };
}
