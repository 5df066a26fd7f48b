// Turns the runs into the figures the targets are stated in, and prints them as a table.
import type { Weight, Weights } from "./bytes.ts";

export const median = (xs: readonly number[]) => quantile(xs, 0.5);

/** Nearest-rank quantile; NaN for no samples, so a missing figure can never pass. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] as number;
}

export interface Target {
  name: string;
  measured: string;
  limit: string;
  pass: boolean;
}

const KB = 1024;
const fmtKB = (b: number) => `${(b / KB).toFixed(1)} KB`;
const fmtMs = (ms: number) => `${ms.toFixed(ms < 100 ? 1 : 0)} ms`;

/**
 * Click → panel against its limit, absolute and as the app's own share beyond the floor with
 * the same data: MapLibre redraws the map on every click, and where that redraw alone takes
 * longer than the limit (a software GPU), the app's own share is what it can answer for.
 */
function clickTargets(data: string, app: number, floor: number, limitMs: number): Target[] {
  const limit = `≤ ${limitMs} ms`;
  return [
    {
      name: `Click → panel painted (median), ${data} data`,
      measured: `${fmtMs(app)} (floor${data === "1×" ? "" : ` ${data}`} ${fmtMs(floor)})`,
      limit,
      pass: app <= limitMs,
    },
    {
      name: `Click → panel, app's own share (beyond the floor), ${data} data`,
      measured: fmtMs(app - floor),
      limit,
      pass: app - floor <= limitMs,
    },
  ];
}

export function targets(r: {
  /** appEn and appRu: the same page in English and in Russian, first render only, taken in turn. */
  firstRenderMs: { app: number; appEn: number; appRu: number; floor: number; app100: number };
  /** Mean and median frame intervals during the pan and zoom. */
  frameMs: { app: { mean: number; median: number }; floor: { mean: number; median: number } };
  /** Mean frame intervals while dragging the timeline's slider, in the app with 1× and 100× data. */
  scrubFrameMs: { app: number; app100: number };
  /** Click → panel painted, medians; the floors' are what this machine needs to paint at all. */
  click: { app: number; floor: number; app100: number; floor100: number };
  /** A key typed into the search → its results painted, medians, with 1× and 100× data. */
  searchKeyMs: { app: number; app100: number };
  appBytesGzip: number;
  /** Everything the basemap needs at first render, gzip (issue 17: ≤ 600 KB). */
  basemapBytesGzip: number;
  /** Route computation (findRoutes), medians over sampled pairs, in Node; 100× = the joined network. */
  routeMs: { x1: number; x100: number };
}): Target[] {
  const c = r.click;
  const fr = r.firstRenderMs.app / r.firstRenderMs.floor;
  // On the mean interval (1 / frame rate): single intervals come in whole vsync steps of
  // 16.7 ms, so a ratio of medians jumps by steps of 15–20 %.
  const pan = r.frameMs.app.mean / r.frameMs.floor.mean;
  const big = r.firstRenderMs.app100 / r.firstRenderMs.app;
  const ru = r.firstRenderMs.appRu / r.firstRenderMs.appEn;
  return [
    {
      name: "First render, app / floor",
      measured: `${fr.toFixed(2)}× (${fmtMs(r.firstRenderMs.app)} / ${fmtMs(r.firstRenderMs.floor)})`,
      limit: "≤ 1.25×",
      pass: fr <= 1.25,
    },
    {
      name: "First render in Russian / in English",
      measured: `${ru.toFixed(2)}× (${fmtMs(r.firstRenderMs.appRu)} / ${fmtMs(r.firstRenderMs.appEn)})`,
      limit: "≤ 1.05×",
      pass: ru <= 1.05,
    },
    {
      name: "Pan/zoom frame time (mean), app / floor",
      measured:
        `${pan.toFixed(2)}× (${fmtMs(r.frameMs.app.mean)} / ${fmtMs(r.frameMs.floor.mean)};` +
        ` medians ${fmtMs(r.frameMs.app.median)} / ${fmtMs(r.frameMs.floor.median)})`,
      limit: "≤ 1.2×",
      pass: pan <= 1.2,
    },
    {
      name: "Timeline scrub frame time (mean), against the app's pan",
      measured: `${(r.scrubFrameMs.app / r.frameMs.app.mean).toFixed(2)}× (${fmtMs(r.scrubFrameMs.app)} / ${fmtMs(r.frameMs.app.mean)})`,
      limit: "≤ 1.2×",
      pass: r.scrubFrameMs.app / r.frameMs.app.mean <= 1.2,
    },
    ...clickTargets("1×", c.app, c.floor, 50),
    ...clickTargets("100×", c.app100, c.floor100, 100),
    ...(["app", "app100"] as const).map((k) => ({
      name: `Search keystroke → results painted (median), ${k === "app" ? "1×" : "100×"} data`,
      measured: fmtMs(r.searchKeyMs[k]),
      limit: "≤ 50 ms",
      pass: r.searchKeyMs[k] <= 50,
    })),
    {
      name: "First render, 100× / 1× data",
      measured: `${big.toFixed(2)}× (${fmtMs(r.firstRenderMs.app100)} / ${fmtMs(r.firstRenderMs.app)})`,
      limit: "≤ 2×",
      pass: big <= 2,
    },
    {
      name: "Route computation (median of 200 pairs, Node), 1× data",
      measured: `${r.routeMs.x1.toFixed(2)} ms`,
      limit: "≤ 5 ms",
      pass: r.routeMs.x1 <= 5,
    },
    {
      name: "Route computation (median of 200 pairs, Node), 100× data",
      measured: `${r.routeMs.x100.toFixed(2)} ms`,
      limit: "≤ 50 ms",
      pass: r.routeMs.x100 <= 50,
    },
    {
      name: "App code beyond MapLibre, React, data (gzip)",
      measured: fmtKB(r.appBytesGzip),
      limit: "≤ 80 KB",
      pass: r.appBytesGzip <= 80 * KB,
    },
    {
      name: "Basemap fetched for the first render (gzip)",
      measured: fmtKB(r.basemapBytesGzip),
      limit: "≤ 600 KB",
      pass: r.basemapBytesGzip <= 600 * KB,
    },
  ];
}

function table(head: string[], rows: string[][]): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(w[i] ?? 0)).join(" | ")} |`;
  return [line(head), `| ${w.map((n) => "-".repeat(n)).join(" | ")} |`, ...rows.map(line)].join("\n");
}

export function targetTable(ts: Target[]): string {
  return table(
    ["target", "measured", "limit", "result"],
    ts.map((t) => [t.name, t.measured, t.limit, t.pass ? "PASS" : "**FAIL**"]),
  );
}

const both = (w: Weight) => `${fmtKB(w.raw)} / ${fmtKB(w.gzip)}`;

export function bytesTable(app: Weights, floor: Weights, app100: Weights, libs: Weight): string {
  const ratio = (a: Weight, b: Weight) => (b.gzip > 0 ? `${(a.gzip / b.gzip).toFixed(2)}×` : "–");
  const rows = (["code", "fonts", "basemap", "data"] as const).map((c) => [
    c,
    both(app[c]),
    both(floor[c]),
    ratio(app[c], floor[c]),
    both(app100[c]),
  ]);
  rows.push(["(React + MapLibre alone)", "", both(libs), "", ""]);
  return table(["fetched at load (raw / gzip)", "app", "floor", "app/floor gzip", "app 100×"], rows);
}
