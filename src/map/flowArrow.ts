// The chevron drawn along trade-flow lines to show their direction, rasterised here so no
// sprite file is needed. Pointing east: MapLibre turns it along the line.

export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Distance from point p to segment ab. */
function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** A ">" chevron of the given colour, `size` px square, anti-aliased, with a white outline. */
export function chevronImage(size: number, color: string): RgbaImage {
  const [r, g, b] = hexToRgb(color);
  const data = new Uint8Array(size * size * 4);
  const s = size;
  // Two strokes meeting at the tip, as fractions of the size.
  const strokes: [number, number, number, number][] = [
    [0.3 * s, 0.18 * s, 0.72 * s, 0.5 * s],
    [0.3 * s, 0.82 * s, 0.72 * s, 0.5 * s],
  ];
  const inner = 0.09 * s;
  const outer = inner + 0.07 * s;
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      const d = Math.min(
        ...strokes.map(([ax, ay, bx, by]) => distToSegment(x + 0.5, y + 0.5, ax, ay, bx, by)),
      );
      const i = (y * s + x) * 4;
      // Colour inside the stroke, a white halo around it, fading over one pixel at each edge.
      const core = Math.max(0, Math.min(1, inner + 0.5 - d));
      const halo = Math.max(0, Math.min(1, outer + 0.5 - d));
      data[i] = Math.round(r * core + 255 * (1 - core));
      data[i + 1] = Math.round(g * core + 255 * (1 - core));
      data[i + 2] = Math.round(b * core + 255 * (1 - core));
      data[i + 3] = Math.round(255 * halo);
    }
  }
  return { width: s, height: s, data };
}
