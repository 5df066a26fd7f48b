// Where to click a segment, as test/browser/pickClickPoint.ts does it (that helper passes a
// compiled function to the page, which tsx breaks; see inPage.ts). With 100× data the copies
// lie everywhere, so `lineClearance` can be 0: any line may answer, the panel still opens.
import type { Page } from "playwright-core";
import type { CorridorCollection } from "../../src/data/corridorTypes.ts";
import { distanceToDrawn, type Px, pointBeside } from "../../src/map/screenGeometry.ts";
import { projectScript } from "./inPage.ts";

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Projected {
  lines: Px[][];
  nodes: Px[];
  canvas: Box;
  covers: Box[];
}

const MARGIN = 6;
const NODE_CLEARANCE = 14;

export async function pickPoints(
  page: Page,
  corridor: CorridorCollection,
  ids: readonly string[],
  lineClearance: number,
): Promise<(Px & { id: string })[]> {
  const meta: { id: string; offset: number }[] = [];
  const lines: number[][][] = [];
  const nodes: number[][] = [];
  for (const f of corridor.features) {
    if (f.geometry.type === "Point") nodes.push(f.geometry.coordinates);
    else if (f.properties.featureType === "segment") {
      const parts = f.geometry.type === "LineString" ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const part of parts) {
        meta.push({ id: f.properties.id, offset: f.properties.drawOffset ?? 0 });
        lines.push(part);
      }
    }
  }
  const p = (await page.evaluate(projectScript({ lines, nodes }))) as Projected;
  const inside = (q: Px, b: Box, m: number) =>
    q.x > b.left - m && q.x < b.right + m && q.y > b.top - m && q.y < b.bottom + m;
  const onMap = (q: Px) => inside(q, p.canvas, -MARGIN) && !p.covers.some((c) => inside(q, c, MARGIN));

  const picked: (Px & { id: string })[] = [];
  for (const id of ids) {
    let best: { x: number; y: number; score: number } | null = null;
    for (const [li, line] of p.lines.entries()) {
      const offset = meta[li]?.id === id ? (meta[li]?.offset ?? 0) : null;
      if (offset === null) continue;
      for (let i = 0; i + 1 < line.length; i++) {
        for (let k = 1; k < 10; k++) {
          const q = pointBeside(line[i] as Px, line[i + 1] as Px, k / 10, offset);
          if (!onMap(q)) continue;
          let nodeGap = Number.POSITIVE_INFINITY;
          for (const n of p.nodes) nodeGap = Math.min(nodeGap, Math.hypot(q.x - n.x, q.y - n.y));
          if (nodeGap < NODE_CLEARANCE) continue;
          let lineGap = Number.POSITIVE_INFINITY;
          for (const [oi, other] of lineClearance > 0 ? p.lines.entries() : []) {
            if (meta[oi]?.id !== id)
              lineGap = Math.min(lineGap, distanceToDrawn(q, other, meta[oi]?.offset ?? 0));
          }
          if (lineGap < lineClearance) continue;
          // Prefer room on every side, up to the 10 px a click may be off the line.
          const score = Math.min(lineGap, 20) + Math.min(nodeGap, 40) / 4;
          if (!best || score > best.score) best = { ...q, score };
        }
      }
    }
    if (best) picked.push({ id, x: best.x, y: best.y });
  }
  return picked;
}
