// The basemap's city symbols, rasterised here so no sprite file is needed: a small dark dot for
// a city or town, a ringed dot for a capital, both with a white rim that keeps them clear of
// lines and fills. The map and the benchmark's floor add them at style load.
import type { RgbaImage } from "./flowArrow.ts";

export const IMAGE_CITY = "basemap-city";
export const IMAGE_CAPITAL = "basemap-capital";

/** 2× pixels for sharp dots on high-density screens. */
export const BASEMAP_IMAGE_PIXEL_RATIO = 2;

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * A round symbol `size` px across (device px): rings of colour from the centre out, each given
 * as [outer radius in px, colour]; anti-aliased over one pixel.
 */
export function dotImage(size: number, rings: ReadonlyArray<[number, string]>): RgbaImage {
  const data = new Uint8Array(size * size * 4);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
      const ring = rings.find(([r]) => d <= r + 0.5);
      if (!ring) continue;
      const [r, color] = ring;
      const [red, green, blue] = hexToRgb(color);
      const alpha = Math.max(0, Math.min(1, r + 0.5 - d));
      const i = (y * size + x) * 4;
      // Inner ring edges blend into the next ring out; only the outermost fades to transparent.
      const outer = ring === rings[rings.length - 1];
      data.set([red, green, blue, Math.round(255 * (outer ? alpha : 1))], i);
    }
  }
  return { width: size, height: size, data };
}

export function basemapImages(dot: string, rim: string): Array<[id: string, image: RgbaImage]> {
  return [
    [
      IMAGE_CITY,
      dotImage(12, [
        [2.6, dot],
        [4.4, rim],
      ]),
    ],
    [
      IMAGE_CAPITAL,
      dotImage(16, [
        [2.2, dot],
        [3.6, rim],
        [5.2, dot],
        [6.8, rim],
      ]),
    ],
  ];
}
