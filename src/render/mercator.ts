// Web Mercator, as the map draws it, for placing data on a figure of a given size.
export type LonLatBounds = [number, number, number, number];

const mercY = (lat: number) =>
  Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));

/** A projection that maps `bounds` onto a `width`×`height` box (x right, y down). */
export function fitProjection(bounds: LonLatBounds, width: number, height: number) {
  const [w, s, e, n] = bounds;
  const x0 = (w * Math.PI) / 180;
  const x1 = (e * Math.PI) / 180;
  const y0 = mercY(n);
  const y1 = mercY(s);
  const kx = width / (x1 - x0);
  const ky = height / (y0 - y1);
  return (lon: number, lat: number): [number, number] => [
    ((lon * Math.PI) / 180 - x0) * kx,
    (y0 - mercY(lat)) * ky,
  ];
}

/** Kilometres per horizontal pixel at the middle of the bounds. */
export function kmPerPixel(bounds: LonLatBounds, width: number): number {
  const [w, s, e, n] = bounds;
  const midLat = (((s + n) / 2) * Math.PI) / 180;
  return ((e - w) * 111.32 * Math.cos(midLat)) / width;
}

/** A round scale-bar length (1, 2 or 5 × a power of ten km) no longer than `maxPx`. */
export function scaleBar(kmPerPx: number, maxPx: number): { km: number; px: number } {
  const maxKm = kmPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((m) => m * pow).find((k) => k <= maxKm) ?? pow;
  return { km, px: km / kmPerPx };
}

/** Widens `bounds` (in Mercator space, about its centre) so they have the aspect of width×height. */
export function fitBoundsToAspect(bounds: LonLatBounds, width: number, height: number): LonLatBounds {
  const [w, s, e, n] = bounds;
  const x0 = (w * Math.PI) / 180;
  const x1 = (e * Math.PI) / 180;
  const y0 = mercY(s);
  const y1 = mercY(n);
  const target = width / height;
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  let [hw, hh] = [(x1 - x0) / 2, (y1 - y0) / 2];
  if (hw / hh < target) hw = hh * target;
  else hh = hw / target;
  const lat = (y: number) => (Math.atan(Math.sinh(y)) * 180) / Math.PI;
  const lon = (x: number) => (x * 180) / Math.PI;
  return [lon(cx - hw), lat(cy - hh), lon(cx + hw), lat(cy + hh)];
}

/**
 * The bounds a `width`×`height` box shows when `bounds` are fitted, as large as they fit, into
 * the part of the box left free by `insets` (px kept clear on each side, e.g. for a legend).
 */
export function fitBoundsInBox(
  bounds: LonLatBounds,
  width: number,
  height: number,
  insets: { top?: number; right?: number; bottom?: number; left?: number } = {},
): LonLatBounds {
  const { top = 0, right = 0, bottom = 0, left = 0 } = insets;
  const innerW = Math.max(1, width - left - right);
  const innerH = Math.max(1, height - top - bottom);
  const [w, s, e, n] = bounds;
  const x0 = (w * Math.PI) / 180;
  const x1 = (e * Math.PI) / 180;
  const y0 = mercY(s);
  const y1 = mercY(n);
  // Pixels per Mercator unit: the same both ways, so the shapes are not stretched.
  const k = Math.min(innerW / Math.max(x1 - x0, 1e-9), innerH / Math.max(y1 - y0, 1e-9));
  const west = (x0 + x1) / 2 - (left + innerW / 2) / k;
  const north = (y0 + y1) / 2 + (top + innerH / 2) / k;
  const lat = (y: number) => (Math.atan(Math.sinh(y)) * 180) / Math.PI;
  const lon = (x: number) => (x * 180) / Math.PI;
  return [lon(west), lat(north - height / k), lon(west + width / k), lat(north)];
}

/**
 * `bounds` moved, and if need be narrowed about their centre (keeping their aspect), so they lie
 * within `limit`, as MapLibre's maxBounds keeps the map's view: a picture never shows past the
 * edge of the basemap.
 */
export function constrainBounds(bounds: LonLatBounds, limit: LonLatBounds): LonLatBounds {
  const x = (lon: number) => (lon * Math.PI) / 180;
  const lon = (v: number) => (v * 180) / Math.PI;
  const lat = (y: number) => (Math.atan(Math.sinh(y)) * 180) / Math.PI;
  const [x0, x1, y0, y1] = [x(bounds[0]), x(bounds[2]), mercY(bounds[1]), mercY(bounds[3])];
  const [lx0, lx1, ly0, ly1] = [x(limit[0]), x(limit[2]), mercY(limit[1]), mercY(limit[3])];
  const k = Math.min(1, (lx1 - lx0) / (x1 - x0), (ly1 - ly0) / (y1 - y0));
  const hw = ((x1 - x0) * k) / 2;
  const hh = ((y1 - y0) * k) / 2;
  const cx = Math.min(Math.max((x0 + x1) / 2, lx0 + hw), lx1 - hw);
  const cy = Math.min(Math.max((y0 + y1) / 2, ly0 + hh), ly1 - hh);
  return [lon(cx - hw), lat(cy - hh), lon(cx + hw), lat(cy + hh)];
}
