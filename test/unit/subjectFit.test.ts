// The camera fitter on the real data: every segment with its end places' names, every place, and
// the whole corridor, fitted into the free area of the map at the sizes people use, end up on
// screen with the margin to spare. The browser tests check the same on the drawn map.
import { describe, expect, it } from "vitest";
import { loadCorridor } from "../../scripts/lib/loadCorridor.ts";
import { indexCorridor } from "../../src/data/corridor.ts";
import { FIT_MARGIN, MAX_FIT_ZOOM, MAX_VIEW_BOUNDS } from "../../src/map/fitLimits.ts";
import { selectionSubject } from "../../src/map/subject.ts";
import {
  boundedMinZoom,
  type Camera,
  cameraBounds,
  fitSubject,
  fitSubjectWithin,
  type Subject,
} from "../../src/map/subjectFit.ts";
import type { Selection } from "../../src/state/types.ts";
import { freeAreaCandidates, freeRect, type Insets } from "../../src/ui/freeArea.ts";

const loaded = loadCorridor(process.cwd());
if (!loaded.ok) throw new Error("invalid data");
const corridor = indexCorridor(loaded.corridor);
/** About the width of Noto Sans SemiBold: a test needs no canvas. */
const measure = (text: string, px: number) => text.length * px * 0.62;

/** Screen position of a point at this camera (Web Mercator, 512 px tiles), written out again. */
function project(cam: Camera, size: { width: number; height: number }, lon: number, lat: number) {
  const k = 512 * 2 ** cam.zoom;
  const merc = (la: number) => Math.log(Math.tan(Math.PI / 4 + (la * Math.PI) / 360));
  return {
    x: size.width / 2 + ((lon - cam.center[0]) / 360) * k,
    y: size.height / 2 - ((merc(lat) - merc(cam.center[1])) / (2 * Math.PI)) * k,
  };
}

function outside(
  subject: Subject,
  cam: Camera & { insets: Insets },
  size: { width: number; height: number },
) {
  const r = freeRect(size.width, size.height, cam.insets);
  const m = FIT_MARGIN - 0.5;
  const problems: string[] = [];
  const [w, s, e, n] = subject.bounds;
  for (const [lon, lat] of [
    [w, s],
    [e, n],
  ] as const) {
    const p = project(cam, size, lon, lat);
    if (p.x < r.left + m || p.x > r.right - m || p.y < r.top + m || p.y > r.bottom - m)
      problems.push(`corner ${lon},${lat} at ${p.x.toFixed(0)},${p.y.toFixed(0)}`);
  }
  for (const l of subject.labels) {
    const p = project(cam, size, l.lon, l.lat);
    const x0 = l.side === "right" ? p.x + l.offset : p.x - l.offset - l.width;
    if (
      x0 < r.left + m ||
      x0 + l.width > r.right - m ||
      p.y - l.height / 2 < r.top + m ||
      p.y + l.height / 2 > r.bottom - m
    )
      problems.push(`label at ${l.lon},${l.lat}`);
  }
  return problems;
}

// The explore map at 1280 × 800 with the details panel open, and a 1920 × 1080 briefing's map.
const layouts = [
  {
    name: "explore 1280",
    size: { width: 980, height: 747 },
    obstacles: [
      { left: 588, top: 0, right: 980, bottom: 747 },
      { left: 12, top: 470, right: 262, bottom: 735 },
      { left: 10, top: 10, right: 39, bottom: 68 },
    ],
  },
  {
    name: "briefing 1920",
    size: { width: 1920, height: 713 },
    obstacles: [
      { left: 1138, top: 14, right: 1906, bottom: 80 },
      { left: 10, top: 10, right: 39, bottom: 68 },
    ],
  },
];

describe("fitSubject on the real data", () => {
  const selections: Selection[] = [
    { type: "none" },
    ...corridor.segments.map((s) => ({ type: "segment" as const, id: s.properties.id })),
    ...corridor.nodes.map((n) => ({ type: "node" as const, id: n.properties.id })),
  ];
  for (const layout of layouts) {
    it(`${layout.name}: every segment, place and the whole corridor fit the free area with their labels`, () => {
      const candidates = freeAreaCandidates(layout.size.width, layout.size.height, layout.obstacles);
      const problems: Record<string, string[]> = {};
      for (const sel of selections) {
        const subject = selectionSubject(
          corridor,
          sel,
          measure,
          layout.name.startsWith("briefing") ? 1.85 : 1,
        );
        if (!subject) throw new Error(`no subject for ${JSON.stringify(sel)}`);
        const cam = fitSubject(subject, layout.size, candidates, FIT_MARGIN, MAX_FIT_ZOOM);
        const p = outside(subject, cam, layout.size);
        if (p.length > 0) problems[sel.type === "none" ? "corridor" : sel.id] = p;
      }
      expect(problems).toEqual({});
    });
  }

  it("takes the free area that shows the subject largest: the width for a long east–west line", () => {
    const size = { width: 1000, height: 700 };
    const candidates = freeAreaCandidates(size.width, size.height, [
      { left: 12, top: 388, right: 262, bottom: 688 },
    ]);
    const line: Subject = { bounds: [30, 40, 110, 45], labels: [] };
    expect(fitSubject(line, size, candidates, 24, 10).insets).toEqual({
      top: 0,
      right: 0,
      bottom: 312,
      left: 0,
    });
    const tall: Subject = { bounds: [50, 30, 52, 50], labels: [] };
    expect(fitSubject(tall, size, candidates, 24, 10).insets).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 262,
    });
  });

  it("cameraBounds is what a map of that size shows at that camera", () => {
    const cam = fitSubject({ bounds: [40, 38, 56, 46], labels: [] }, { width: 800, height: 600 }, [], 0, 12);
    const [w, s, e, n] = cameraBounds(cam, 800, 600);
    expect(w).toBeLessThanOrEqual(40.001);
    expect(e).toBeGreaterThanOrEqual(55.999);
    expect(s).toBeLessThanOrEqual(38.001);
    expect(n).toBeGreaterThanOrEqual(45.999);
    // One side fits exactly (the box is as large as it fits).
    expect(Math.min(Math.abs(w - 40), Math.abs(s - 38))).toBeLessThan(0.01);
  });
});

describe("fitting on a map that cannot zoom out far enough", () => {
  // Lianyungang to Istanbul with both end names, on a 375 × 700 phone map: at the least zoom the
  // map's bounds allow, the names cannot both fit.
  const subject: Subject = {
    bounds: [28.8, 34.6, 119.5, 45.3],
    labels: [
      { lon: 119.5, lat: 34.6, width: 110, height: 18, offset: 11, side: "right" },
      { lon: 28.8, lat: 41, width: 70, height: 18, offset: 11, side: "left" },
    ],
  };
  const size = { width: 375, height: 700 };
  const free = [{ top: 0, right: 0, bottom: 0, left: 0 }];

  it("knows the least zoom the map's bounds allow", () => {
    // The whole world fits a 512 px square at zoom 0; half of it in width needs zoom 0 on a 256 px map.
    expect(boundedMinZoom([-180, -85, 0, 85], 256, 100)).toBeCloseTo(0, 1);
    expect(boundedMinZoom(MAX_VIEW_BOUNDS, size.width, size.height)).toBeGreaterThan(1.2);
  });

  it("frames the lines alone, centred, when the names cannot fit as well", () => {
    const minZoom = boundedMinZoom(MAX_VIEW_BOUNDS, size.width, size.height);
    expect(fitSubject(subject, size, free, 28, MAX_FIT_ZOOM).zoom).toBeLessThan(minZoom);
    const cam = fitSubjectWithin(subject, size, free, 28, MAX_FIT_ZOOM, minZoom);
    expect(cam.center[0]).toBeCloseTo((28.8 + 119.5) / 2, 0);
    // At the least zoom both ends of the way are on the screen.
    const at = { center: cam.center, zoom: minZoom };
    for (const lon of [28.8, 119.5]) {
      const p = project(at, size, lon, 40);
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(size.width);
    }
    // Where the names fit, nothing changes.
    expect(fitSubjectWithin(subject, { width: 1200, height: 700 }, free, 28, MAX_FIT_ZOOM, 1)).toEqual(
      fitSubject(subject, { width: 1200, height: 700 }, free, 28, MAX_FIT_ZOOM),
    );
  });
});
