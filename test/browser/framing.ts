// Checks that what a camera move presents lies in the free area of the map: every point of the
// subject at least 24 px inside the map and 24 px clear of anything over it (legend, details
// panel or sheet, controls), and the subject's place labels drawn and clear of the same.

import { indexCorridor } from "../../src/data/corridor.ts";
import type { CorridorCollection } from "../../src/data/corridorTypes.ts";
import type { TourStep } from "../../src/data/schema.ts";
import { stepRoute } from "../../src/features/present/tourTarget.ts";
import { findRoutes } from "../../src/route/findRoutes.ts";
import { stretchLine } from "../../src/route/routeGeometry.ts";
import { buildRouteGraph } from "../../src/route/routeGraph.ts";
import type { RouteQuery } from "../../src/route/routeQuery.ts";
import { routeHighlight } from "../../src/state/routeSelectors.ts";
import type { RunsInPage } from "./pickClickPoint.ts";

export const FRAME_MARGIN = 24;

export interface FrameSubject {
  /** Longitude, latitude of every point that must be in view. */
  points: [number, number][];
  /** Places whose name must be drawn in view. */
  labelIds: string[];
}

type Coords = [number, number][];

function lineCoords(g: { type: string; coordinates: unknown }): Coords {
  return g.type === "MultiLineString" ? (g.coordinates as Coords[]).flat() : (g.coordinates as Coords);
}

/** A segment with its two end places, or a place, or (no id) every line. */
/** What a briefing step frames: its segment or place, its route, or (overview, changes) the whole corridor. */
export function stepSubjectTarget(step: TourStep): FrameTarget {
  const t = step.target;
  if (t.type === "route") {
    const route = stepRoute(step);
    return route ? { type: "route", ...route } : null;
  }
  return t.type === "overview" || t.type === "changes" ? null : t;
}

export type FrameTarget =
  | { type: "segment" | "node"; id: string }
  | { type: "route"; query: RouteQuery; variant: number }
  | null;

/** A route's chosen variant: the stretches it walks and its two end places named. */
function routeSubject(c: CorridorCollection, query: RouteQuery, variant: number): FrameSubject {
  const corridor = indexCorridor(c);
  const highlight = routeHighlight(findRoutes(buildRouteGraph(corridor), query), variant);
  if (!highlight) throw new Error(`no route ${query.from} → ${query.to}`);
  const points = highlight.chosen.flatMap((edge) => (stretchLine(corridor, edge) ?? []) as Coords);
  const ends = highlight.ends.map(
    (id) => corridor.nodeById.get(id)?.geometry.coordinates as [number, number],
  );
  return { points: [...points, ...ends], labelIds: highlight.ends };
}

export function subjectOf(c: CorridorCollection, target: FrameTarget): FrameSubject {
  if (target?.type === "route") return routeSubject(c, target.query, target.variant);
  const nodes = new Map(
    c.features.filter((f) => f.properties.featureType === "node").map((f) => [f.properties.id, f]),
  );
  const at = (id: string) => nodes.get(id)?.geometry.coordinates as [number, number];
  if (!target)
    return {
      points: c.features
        .filter((f) => f.properties.featureType === "segment")
        .flatMap((f) => lineCoords(f.geometry)),
      labelIds: [],
    };
  if (target.type === "node") return { points: [at(target.id)], labelIds: [target.id] };
  const seg = c.features.find((f) => f.properties.id === target.id);
  if (seg?.properties.featureType !== "segment") throw new Error(`no segment ${target.id}`);
  const { from, to } = seg.properties;
  return { points: [...lineCoords(seg.geometry), at(from), at(to)], labelIds: [...new Set([from, to])] };
}

/** What is wrong with the current frame (empty when the subject is all in the free area). */
export function frameProblems(
  page: RunsInPage,
  subject: FrameSubject,
  overlaySelectors: string[],
): Promise<string[]> {
  return page.evaluate(
    async ({ subject, overlaySelectors, margin }) => {
      type Box = { left: number; top: number; right: number; bottom: number; name: string };
      const hook = (
        window as unknown as {
          __corridorMap: {
            project(lon: number, lat: number): { x: number; y: number };
            subjectLabelsIn(x0: number, y0: number, x1: number, y1: number): string[];
          };
        }
      ).__corridorMap;
      const mapEl = document.querySelector('[data-testid="map"]');
      if (!mapEl) return ["no map"];
      const m = mapEl.getBoundingClientRect();
      // MapLibre places labels over a few frames after the map is otherwise done: give the
      // subject's names up to 2 s to appear before anything is judged (a name never drawn fails).
      const allDrawn = () => {
        const drawn = new Set(hook.subjectLabelsIn(m.left, m.top, m.right, m.bottom));
        return subject.labelIds.every((id) => drawn.has(id));
      };
      for (let i = 0; i < 20 && !allDrawn(); i++) await new Promise((r) => setTimeout(r, 100));
      const overlays: Box[] = overlaySelectors.flatMap((sel) =>
        [...document.querySelectorAll(sel)]
          .map((el) => el.getBoundingClientRect())
          .filter(
            (r) =>
              r.width > 0 &&
              r.height > 0 &&
              r.right > m.left &&
              r.left < m.right &&
              r.bottom > m.top &&
              r.top < m.bottom,
          )
          .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, name: sel })),
      );
      const problems: string[] = [];
      for (const [lon, lat] of subject.points) {
        const p = hook.project(lon, lat);
        const where = `${lon.toFixed(2)},${lat.toFixed(2)} at ${Math.round(p.x - m.left)},${Math.round(p.y - m.top)}`;
        if (
          p.x < m.left + margin ||
          p.x > m.right - margin ||
          p.y < m.top + margin ||
          p.y > m.bottom - margin
        )
          problems.push(`point ${where} is within ${margin} px of the map's edge or off it`);
        for (const o of overlays)
          if (
            p.x > o.left - margin &&
            p.x < o.right + margin &&
            p.y > o.top - margin &&
            p.y < o.bottom + margin
          )
            problems.push(`point ${where} is under or within ${margin} px of ${o.name}`);
      }
      // Labels: none may be drawn in the margin bands along the edges or on or near an overlay.
      const bands: Box[] = [
        { left: m.left, top: m.top, right: m.right, bottom: m.top + margin, name: "the top edge" },
        { left: m.left, top: m.bottom - margin, right: m.right, bottom: m.bottom, name: "the bottom edge" },
        { left: m.left, top: m.top, right: m.left + margin, bottom: m.bottom, name: "the left edge" },
        { left: m.right - margin, top: m.top, right: m.right, bottom: m.bottom, name: "the right edge" },
        ...overlays.map((o) => ({
          left: o.left - margin,
          top: o.top - margin,
          right: o.right + margin,
          bottom: o.bottom + margin,
          name: o.name,
        })),
      ];
      for (const b of bands)
        for (const id of hook.subjectLabelsIn(b.left, b.top, b.right, b.bottom))
          problems.push(`the label of ${id} reaches ${b.name}`);
      const drawn = new Set(hook.subjectLabelsIn(m.left, m.top, m.right, m.bottom));
      for (const id of subject.labelIds) if (!drawn.has(id)) problems.push(`the label of ${id} is not drawn`);
      return problems;
    },
    { subject, overlaySelectors, margin: FRAME_MARGIN },
  );
}

/**
 * Waits until the camera rests and the labels of the last frame are placed: the map's next idle;
 * or, where a briefing's running dashes keep the map drawing (motion not reduced), four frames.
 * Runs in the page alone, so it serves a Playwright page or frame and the cross-browser driver.
 */
export async function settle(page: RunsInPage, { idle = true }: { idle?: boolean } = {}): Promise<void> {
  await page.evaluate(async (idle) => {
    const hook = (window as unknown as { __corridorMap?: { isMoving(): boolean; whenIdle(): Promise<void> } })
      .__corridorMap;
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    const until = Date.now() + 20_000;
    while ((!hook || hook.isMoving()) && Date.now() < until) await frame();
    if (!hook) throw new Error("the map's automation hook is not there");
    if (idle) await hook.whenIdle();
    else for (let i = 0; i < 4; i++) await frame();
  }, idle);
}

/** The band's text fits it (nothing below its padding, nothing wider than it). */
export function captionProblems(page: RunsInPage): Promise<string[]> {
  return page.evaluate(() => {
    const band = document.querySelector(".present-caption");
    const map = document.querySelector(".present-map");
    if (!band || !map) return ["no caption band or map"];
    const r = band.getBoundingClientRect();
    const inner = r.bottom - Number.parseFloat(getComputedStyle(band).paddingBottom);
    const problems: string[] = [];
    for (const el of band.querySelectorAll("*")) {
      const b = el.getBoundingClientRect();
      if (b.bottom > inner + 0.5) problems.push(`"${el.textContent?.slice(0, 40)}" is cut at the bottom`);
      if (b.right > r.right + 0.5) problems.push(`"${el.textContent?.slice(0, 40)}" runs out on the right`);
    }
    const share = map.getBoundingClientRect().height / window.innerHeight;
    if (share < 0.65) problems.push(`the map has ${Math.round(share * 100)} % of the height`);
    return problems;
  }, null);
}
