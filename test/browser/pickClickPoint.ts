// Finds where on screen to click a segment: a point on its line as drawn (offset included), on
// the map canvas (not under a panel or control), as far as possible from every other line and
// place, so the click can only mean this segment. The one picker of the Chromium suite, the
// cross-browser one (test/xbrowser/engine.ts) and the benchmark (scripts/bench/measure.ts), so it
// needs only `evaluate`.
import type { CorridorCollection } from "../../src/data/corridorTypes.ts";
import { distanceToDrawn, type Px, pointBeside } from "../../src/map/screenGeometry.ts";

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Every segment line and place on screen, and the rectangles a click must avoid. */
export interface Projected {
  lines: { id: string; offset: number; px: Px[] }[];
  nodes: Px[];
  canvas: Box;
  covers: Box[];
}

/**
 * The router picks the line drawn nearest the pointer, so a point must be nearer this line than
 * any other by a clear margin, and well away from places (which win over lines).
 */
const MIN_LINE_CLEARANCE = 4;
const MIN_NODE_CLEARANCE = 14;
const MARGIN = 6;

/** Anything that runs a function in the page with one JSON argument. */
export interface RunsInPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

interface ToProject {
  lines: { id: string; offset: number; coords: number[][] }[];
  nodes: number[][];
}

/**
 * Runs in the page. No named functions inside: the benchmark runs under tsx, whose compiler
 * wraps each in a `__name` helper that does not exist in the page.
 */
function projectInPage({ lines, nodes }: ToProject) {
  const hook = (
    window as unknown as {
      __corridorMap: { project(lon: number, lat: number): { x: number; y: number } };
    }
  ).__corridorMap;
  const canvas = document.querySelector(".maplibregl-canvas");
  if (!canvas) throw new Error("no map canvas");
  const [canvasBox, ...covers] = [
    canvas,
    ...document.querySelectorAll(".panel, .legend, .maplibregl-ctrl, .embed-open"),
  ].map((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
  return {
    lines: lines.map((l) => ({
      id: l.id,
      offset: l.offset,
      px: l.coords.map((c) => hook.project(c[0] ?? 0, c[1] ?? 0)),
    })),
    nodes: nodes.map((c) => hook.project(c[0] ?? 0, c[1] ?? 0)),
    canvas: canvasBox as Box,
    covers,
  };
}

/** Where every segment line and place of the corridor is on screen now. */
export function projectCorridor(page: RunsInPage, corridor: CorridorCollection): Promise<Projected> {
  const arg: ToProject = { lines: [], nodes: [] };
  for (const f of corridor.features) {
    if (f.geometry.type === "Point") arg.nodes.push(f.geometry.coordinates);
    else if (f.properties.featureType === "segment") {
      const parts = f.geometry.type === "LineString" ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const coords of parts)
        arg.lines.push({ id: f.properties.id, offset: f.properties.drawOffset ?? 0, coords });
    }
  }
  return page.evaluate(projectInPage, arg);
}

/**
 * The best point to click segment `id`, or null. `lineClearance` 0 skips the other lines (the
 * benchmark's 100× data has copies everywhere: any line may answer, the panel still opens).
 */
export function pickOnScreen(
  projected: Projected,
  id: string,
  lineClearance: number = MIN_LINE_CLEARANCE,
): Px | null {
  const { canvas, covers } = projected;
  const onMap = (p: Px) =>
    p.x > canvas.left + MARGIN &&
    p.y > canvas.top + MARGIN &&
    p.x < canvas.right - MARGIN &&
    p.y < canvas.bottom - MARGIN &&
    !covers.some(
      (c) =>
        p.x > c.left - MARGIN && p.x < c.right + MARGIN && p.y > c.top - MARGIN && p.y < c.bottom + MARGIN,
    );

  let best: (Px & { score: number }) | null = null;
  for (const line of projected.lines) {
    if (line.id !== id) continue;
    for (let i = 0; i + 1 < line.px.length; i++) {
      const a = line.px[i] as Px;
      const b = line.px[i + 1] as Px;
      for (let k = 1; k < 10; k++) {
        const p = pointBeside(a, b, k / 10, line.offset);
        if (!onMap(p)) continue;
        let nodeGap = Number.POSITIVE_INFINITY;
        for (const n of projected.nodes) nodeGap = Math.min(nodeGap, Math.hypot(p.x - n.x, p.y - n.y));
        if (nodeGap < MIN_NODE_CLEARANCE) continue;
        let lineGap = Number.POSITIVE_INFINITY;
        if (lineClearance > 0)
          for (const other of projected.lines) {
            if (other.id !== id) lineGap = Math.min(lineGap, distanceToDrawn(p, other.px, other.offset));
          }
        if (lineGap < lineClearance) continue;
        // Prefer room on every side, up to the 10 px a click may be off the line.
        const score = Math.min(lineGap, 20) + Math.min(nodeGap, 40) / 4;
        if (!best || score > best.score) best = { ...p, score };
      }
    }
  }
  return best ? { x: best.x, y: best.y } : null;
}

/** Where to click segment `id` on the map as it is drawn now, or null if nowhere is clear. */
export async function pickClickPoint(
  page: RunsInPage,
  corridor: CorridorCollection,
  id: string,
): Promise<Px | null> {
  return pickOnScreen(await projectCorridor(page, corridor), id);
}
