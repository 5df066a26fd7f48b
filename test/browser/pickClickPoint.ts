// Finds where on screen to click a segment: a point on its line as drawn (offset included), on
// the map canvas (not under a panel or control), as far as possible from every other line and
// place, so the click can only mean this segment. Used by the Chromium suite (a Playwright page)
// and the cross-browser one (test/xbrowser/engine.ts), so it needs only `evaluate`.
import type { CorridorCollection } from "../../src/data/corridorTypes.ts";
import { distanceToDrawn, type Px, pointBeside } from "../../src/map/screenGeometry.ts";

interface Projected {
  lines: { id: string; offset: number; px: Px[] }[];
  nodes: Px[];
  canvas: { left: number; top: number; right: number; bottom: number };
  covers: { left: number; top: number; right: number; bottom: number }[];
}

/**
 * The router picks the line drawn nearest the pointer, so a point must be nearer this line than
 * any other by a clear margin, and well away from places (which win over lines).
 */
const MIN_LINE_CLEARANCE = 4;
const MIN_NODE_CLEARANCE = 14;

/** Anything that runs a function in the page with one JSON argument. */
export interface RunsInPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export async function pickClickPoint(
  page: RunsInPage,
  corridor: CorridorCollection,
  id: string,
): Promise<Px | null> {
  const lines: { id: string; offset: number; coords: number[][] }[] = [];
  const nodes: number[][] = [];
  for (const f of corridor.features) {
    if (f.geometry.type === "Point") nodes.push(f.geometry.coordinates);
    else if (f.properties.featureType === "segment") {
      const parts = f.geometry.type === "LineString" ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const coords of parts)
        lines.push({ id: f.properties.id, offset: f.properties.drawOffset ?? 0, coords });
    }
  }
  const projected: Projected = await page.evaluate(
    ({ lines, nodes }) => {
      const hook = (
        window as unknown as {
          __corridorMap: { project(lon: number, lat: number): { x: number; y: number } };
        }
      ).__corridorMap;
      const px = (c: number[]) => hook.project(c[0] ?? 0, c[1] ?? 0);
      const rect = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      };
      const canvas = document.querySelector(".maplibregl-canvas");
      if (!canvas) throw new Error("no map canvas");
      const covers = [...document.querySelectorAll(".panel, .legend, .maplibregl-ctrl, .embed-open")].map(
        rect,
      );
      return {
        lines: lines.map((l) => ({ id: l.id, offset: l.offset, px: l.coords.map(px) })),
        nodes: nodes.map(px),
        canvas: rect(canvas),
        covers,
      };
    },
    { lines, nodes },
  );

  const { canvas, covers } = projected;
  const margin = 6;
  const onMap = (p: Px) =>
    p.x > canvas.left + margin &&
    p.y > canvas.top + margin &&
    p.x < canvas.right - margin &&
    p.y < canvas.bottom - margin &&
    !covers.some(
      (c) =>
        p.x > c.left - margin && p.x < c.right + margin && p.y > c.top - margin && p.y < c.bottom + margin,
    );

  let best: (Px & { score: number }) | null = null;
  for (const line of projected.lines.filter((l) => l.id === id)) {
    for (let i = 0; i + 1 < line.px.length; i++) {
      const a = line.px[i] as Px;
      const b = line.px[i + 1] as Px;
      for (let k = 1; k < 10; k++) {
        const p = pointBeside(a, b, k / 10, line.offset);
        if (!onMap(p)) continue;
        let lineGap = Number.POSITIVE_INFINITY;
        for (const other of projected.lines) {
          if (other.id !== id) lineGap = Math.min(lineGap, distanceToDrawn(p, other.px, other.offset));
        }
        let nodeGap = Number.POSITIVE_INFINITY;
        for (const n of projected.nodes) nodeGap = Math.min(nodeGap, Math.hypot(p.x - n.x, p.y - n.y));
        if (lineGap < MIN_LINE_CLEARANCE || nodeGap < MIN_NODE_CLEARANCE) continue;
        // Prefer room on every side, up to the 10 px a click may be off the line.
        const score = Math.min(lineGap, 20) + Math.min(nodeGap, 40) / 4;
        if (!best || score > best.score) best = { ...p, score };
      }
    }
  }
  return best ? { x: best.x, y: best.y } : null;
}
