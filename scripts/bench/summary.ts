// The bench's per-page figures: one page's runs summarised (medians, samples, bytes of the first
// run), and the detail lines printed under the targets' table.
import { relative } from "node:path";
import { type Weight, weighFiles } from "./bytes.ts";
import type { PageRun } from "./measure.ts";
import { bytesTable, median, quantile } from "./report.ts";
import type { benchRoutes } from "./routes.ts";

export function summarise(rs: PageRun[], siteRoot: string) {
  const frames = rs.flatMap((r) => r.frameMs);
  const clicks = rs.flatMap((r) => r.clicks);
  const scrub = rs.flatMap((r) => r.scrubFrameMs);
  return {
    firstRenderMs: median(rs.map((r) => r.firstRenderMs)),
    firstRenderSamplesMs: rs.map((r) => Math.round(r.firstRenderMs)),
    frameMeanMs: frames.reduce((a, b) => a + b, 0) / frames.length,
    frameMedianMs: median(frames),
    frameP95Ms: quantile(frames, 0.95),
    frameCount: frames.length,
    scrubFrameMeanMs: scrub.length ? scrub.reduce((a, b) => a + b, 0) / scrub.length : Number.NaN,
    scrubFrameMedianMs: scrub.length ? median(scrub) : Number.NaN,
    scrubFrameCount: scrub.length,
    searchKeyMs: median(rs.flatMap((r) => r.searchKeyMs)),
    searchKeyP95Ms: quantile(
      rs.flatMap((r) => r.searchKeyMs),
      0.95,
    ),
    searchKeyCount: rs.reduce((n, r) => n + r.searchKeyMs.length, 0),
    clickToPanelMs: median(clicks.map((c) => c.ms)),
    clickToDomMs: median(clicks.map((c) => c.domMs)),
    clickToFrameStartMs: median(clicks.map((c) => c.frameStartMs)),
    clickToPresentedMs: median(clicks.map((c) => c.presentedMs)),
    clickSamplesMs: clicks.map((c) => Math.round(c.ms)),
    clickMisses: rs.reduce((n, r) => n + r.clickMisses, 0),
    pageErrors: [...new Set(rs.flatMap((r) => r.errors))],
    bytes: weighFiles(new Set(rs[0]?.files ?? [])),
    filesFetched: [...new Set(rs[0]?.files ?? [])].map((f) => relative(siteRoot, f)).sort(),
  };
}

export type Summary = ReturnType<typeof summarise>;

const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Frame times, clicks, routes, search, bytes and the embeds' line; page errors and missed clicks. */
export function printDetails(
  pages: { app: Summary; appEn: Summary; appRu: Summary; floor: Summary; app100: Summary; floor100: Summary },
  routes: ReturnType<typeof benchRoutes>,
  libs: Weight,
  embedsLine: string,
): void {
  const { app, floor, app100, floor100 } = pages;
  console.log(
    `Frame time during pan/zoom, mean / median / p95: app ${ms(app.frameMeanMs)} / ${ms(app.frameMedianMs)} / ${ms(app.frameP95Ms)},` +
      ` floor ${ms(floor.frameMeanMs)} / ${ms(floor.frameMedianMs)} / ${ms(floor.frameP95Ms)},` +
      ` app 100× ${ms(app100.frameMeanMs)} / ${ms(app100.frameMedianMs)} / ${ms(app100.frameP95Ms)},` +
      ` floor 100× ${ms(floor100.frameMeanMs)} / ${ms(floor100.frameMedianMs)} / ${ms(floor100.frameP95Ms)}`,
  );
  console.log(
    `Frame time while dragging the timeline, mean / median: app ${ms(app.scrubFrameMeanMs)} / ${ms(app.scrubFrameMedianMs)},` +
      ` app 100× ${ms(app100.scrubFrameMeanMs)} / ${ms(app100.scrubFrameMedianMs)}`,
  );
  for (const [name, s] of [
    ["app 1×", app],
    ["app 100×", app100],
    ["floor", floor],
    ["floor 100×", floor100],
  ] as const) {
    console.log(
      `Click → panel, ${name} (${s.clickSamplesMs.length} clicks), medians: in the DOM ${ms(s.clickToDomMs)},` +
        ` frame starts ${ms(s.clickToFrameStartMs)}, painted ${ms(s.clickToPanelMs)},` +
        ` shown by the compositor ${ms(s.clickToPresentedMs)}`,
    );
  }
  for (const [name, t] of Object.entries(routes)) {
    console.log(
      `Routes, ${name}: median ${t.medianMs.toFixed(2)} ms, p95 ${ms(t.p95Ms)} over ${t.pairs} pairs;` +
        ` ${t.withRoutes} with routes, median ${t.medianWithRoutesMs.toFixed(2)} ms; route graph built in ${ms(t.graphBuildMs)}`,
    );
  }
  console.log(
    `Search keystroke → results painted, median / p95 (keys): app 1× ${ms(app.searchKeyMs)} / ${ms(app.searchKeyP95Ms)} (${app.searchKeyCount}),` +
      ` app 100× ${ms(app100.searchKeyMs)} / ${ms(app100.searchKeyP95Ms)} (${app100.searchKeyCount})`,
  );
  console.log(`\n${bytesTable(app.bytes, floor.bytes, app100.bytes, libs)}\n`);
  console.log(embedsLine);
  console.log(
    `First render, app 100× / floor 100×: ${(app100.firstRenderMs / floor100.firstRenderMs).toFixed(2)}×` +
      ` (${ms(app100.firstRenderMs)} / ${ms(floor100.firstRenderMs)})`,
  );
  for (const [name, s] of Object.entries(pages)) {
    if (s.pageErrors.length) console.log(`Page errors in ${name}: ${s.pageErrors.join(" | ")}`);
    if (s.clickMisses) console.log(`${name}: ${s.clickMisses} click(s) could not be made or opened no panel`);
  }
}
