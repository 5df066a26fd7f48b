// Finds where on screen to click a segment: a point on its drawn line that is on the map canvas
// (not under a panel), inside the viewport, and as far as possible from other lines and nodes,
// so the click can only mean this segment.
import type { Page } from "playwright-core";
import type { CorridorCollection } from "../../src/data/corridorTypes.ts";

type Line = number[][];

export function pickClickPoint(page: Page, corridor: CorridorCollection, id: string) {
  const lines: { id: string; coords: Line }[] = [];
  const nodes: number[][] = [];
  for (const f of corridor.features) {
    if (f.geometry.type === "Point") nodes.push(f.geometry.coordinates);
    else if (f.geometry.type === "LineString")
      lines.push({ id: f.properties.id, coords: f.geometry.coordinates });
    else for (const part of f.geometry.coordinates) lines.push({ id: f.properties.id, coords: part });
  }
  return page.evaluate(
    ({ id, lines, nodes }) => {
      const hook = (
        window as unknown as {
          __corridorMap: { project(lon: number, lat: number): { x: number; y: number } };
        }
      ).__corridorMap;
      const px = (c: number[]) => hook.project(c[0] ?? 0, c[1] ?? 0);
      const dist = (
        p: { x: number; y: number },
        a: { x: number; y: number },
        b: { x: number; y: number },
      ) => {
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const len2 = dx * dx + dy * dy || 1;
        const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
        return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
      };
      const others = lines.filter((l) => l.id !== id).map((l) => l.coords.map(px));
      const nodePx = nodes.map(px);
      const canvas = document.querySelector(".maplibregl-canvas");
      let best: { x: number; y: number; score: number } | null = null;
      for (const line of lines.filter((l) => l.id === id)) {
        const pts = line.coords.map(px);
        for (let i = 0; i + 1 < pts.length; i++) {
          const a = pts[i];
          const b = pts[i + 1];
          if (!a || !b) continue;
          for (let k = 1; k < 8; k++) {
            const p = { x: a.x + ((b.x - a.x) * k) / 8, y: a.y + ((b.y - a.y) * k) / 8 };
            if (p.x < 5 || p.y < 5 || p.x > window.innerWidth - 5 || p.y > window.innerHeight - 5) continue;
            if (document.elementFromPoint(p.x, p.y) !== canvas) continue;
            let score = Number.POSITIVE_INFINITY;
            for (const o of others) {
              for (let j = 0; j + 1 < o.length; j++) {
                const oa = o[j];
                const ob = o[j + 1];
                if (oa && ob) score = Math.min(score, dist(p, oa, ob));
              }
            }
            for (const n of nodePx) score = Math.min(score, Math.hypot(p.x - n.x, p.y - n.y));
            if (!best || score > best.score) best = { ...p, score };
          }
        }
      }
      return best && best.score >= 12 ? { x: best.x, y: best.y } : null;
    },
    { id, lines, nodes },
  );
}
