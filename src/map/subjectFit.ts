// Where the camera goes to show a subject (a segment with its end places and their labels, a
// place, the whole corridor) inside the free area of the map. Pure Web Mercator arithmetic, so
// it is tested without a map: MapLibre's fitBounds knows neither labels nor the free area.
import type { Insets } from "../ui/freeArea.ts";

/** A place label the camera must keep on screen: text beside its point, left or right of it. */
export interface LabelBox {
  lon: number;
  lat: number;
  /** Text width and height in px, and its gap from the point. */
  width: number;
  height: number;
  offset: number;
  /** "right": text to the right of the point (MapLibre text-anchor "left"); "left": the mirror. */
  side: "left" | "right";
}

export interface Subject {
  /** West, south, east, north of the geometry. */
  bounds: [number, number, number, number];
  labels: readonly LabelBox[];
}

export interface Camera {
  center: [number, number];
  zoom: number;
}

/** MapLibre's world is 512 px wide at zoom 0. */
const TILE = 512;

const mx = (lon: number) => (lon + 180) / 360;
const my = (lat: number) => {
  const s = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};
const lonOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** The camera that fits `bounds` inside `padding` on a `width`×`height` map, as fitBounds does. */
function fitBox(
  bounds: Subject["bounds"],
  width: number,
  height: number,
  padding: Insets,
  maxZoom: number,
): Camera & { worldPx: number } {
  const [w, s, e, n] = bounds;
  const spanX = Math.max(mx(e) - mx(w), 1e-9);
  const spanY = Math.max(my(s) - my(n), 1e-9);
  const innerW = Math.max(1, width - padding.left - padding.right);
  const innerH = Math.max(1, height - padding.top - padding.bottom);
  const worldPx = Math.min(innerW / spanX, innerH / spanY, TILE * 2 ** maxZoom);
  // The box's centre goes to the free area's centre, not the map's.
  const cx = (mx(w) + mx(e)) / 2 - (padding.left - padding.right) / 2 / worldPx;
  const cy = (my(n) + my(s)) / 2 - (padding.top - padding.bottom) / 2 / worldPx;
  return { center: [lonOf(cx), latOf(cy)], zoom: Math.log2(worldPx / TILE), worldPx };
}

/** How far, in px, the labels stick out of the geometry's box on each side at this scale. */
function labelOverflow(subject: Subject, worldPx: number): Insets {
  const [w, s, e, n] = subject.bounds;
  const box = {
    left: mx(w) * worldPx,
    right: mx(e) * worldPx,
    top: my(n) * worldPx,
    bottom: my(s) * worldPx,
  };
  const out = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const l of subject.labels) {
    const x = mx(l.lon) * worldPx;
    const y = my(l.lat) * worldPx;
    const x0 = l.side === "right" ? x + l.offset : x - l.offset - l.width;
    const x1 = x0 + l.width;
    out.left = Math.max(out.left, box.left - x0);
    out.right = Math.max(out.right, x1 - box.right);
    out.top = Math.max(out.top, box.top - (y - l.height / 2));
    out.bottom = Math.max(out.bottom, y + l.height / 2 - box.bottom);
  }
  return out;
}

const add = (a: Insets, b: Insets): Insets => ({
  top: a.top + b.top,
  right: a.right + b.right,
  bottom: a.bottom + b.bottom,
  left: a.left + b.left,
});

/**
 * The camera that shows the subject, labels included, as large as it fits (up to `maxZoom`)
 * inside one of the free-area `candidates` with `margin` px to spare, and the candidate chosen.
 */
export function fitSubject(
  subject: Subject,
  size: { width: number; height: number },
  candidates: readonly Insets[],
  margin: number,
  maxZoom: number,
): Camera & { insets: Insets } {
  let best: (Camera & { insets: Insets }) | null = null;
  for (const insets of candidates.length > 0 ? candidates : [{ top: 0, right: 0, bottom: 0, left: 0 }]) {
    const base = add(insets, { top: margin, right: margin, bottom: margin, left: margin });
    let cam = fitBox(subject.bounds, size.width, size.height, base, maxZoom);
    // Labels are a fixed size in px: the smaller the map scale, the more they stick out, so a
    // few rounds settle the padding they need.
    for (let i = 0; i < 4 && subject.labels.length > 0; i++) {
      const padding = add(base, labelOverflow(subject, cam.worldPx));
      cam = fitBox(subject.bounds, size.width, size.height, padding, maxZoom);
    }
    // Ties (both at maxZoom) go to the earlier, larger free area.
    if (!best || cam.zoom > best.zoom + 1e-6) best = { center: cam.center, zoom: cam.zoom, insets };
  }
  return best as Camera & { insets: Insets };
}

/**
 * The least zoom at which a `width`×`height` map stays inside `bounds` (west, south, east,
 * north): MapLibre's maxBounds stops zooming out there, whatever minZoom says.
 */
export function boundedMinZoom(bounds: Subject["bounds"], width: number, height: number): number {
  const [w, s, e, n] = bounds;
  return Math.log2(Math.max(width / (TILE * (mx(e) - mx(w))), height / (TILE * (my(s) - my(n)))));
}

/**
 * `fitSubject` on a map that cannot zoom out past `minZoom` (a portrait phone and a route across
 * the continent): when the subject with its names does not fit, the lines alone are framed, so
 * the way itself is centred and whole as far as the map allows, and only the end names may be cut.
 */
export function fitSubjectWithin(
  subject: Subject,
  size: { width: number; height: number },
  candidates: readonly Insets[],
  margin: number,
  maxZoom: number,
  minZoom: number,
): Camera & { insets: Insets } {
  const fitted = fitSubject(subject, size, candidates, margin, maxZoom);
  if (fitted.zoom >= minZoom || subject.labels.length === 0) return fitted;
  return fitSubject({ ...subject, labels: [] }, size, candidates, margin, maxZoom);
}

/** West, south, east, north that a `width`×`height` map shows at this camera. */
export function cameraBounds(camera: Camera, width: number, height: number): Subject["bounds"] {
  const worldPx = TILE * 2 ** camera.zoom;
  const cx = mx(camera.center[0]);
  const cy = my(camera.center[1]);
  return [
    lonOf(cx - width / 2 / worldPx),
    latOf(cy + height / 2 / worldPx),
    lonOf(cx + width / 2 / worldPx),
    latOf(cy - height / 2 / worldPx),
  ];
}
