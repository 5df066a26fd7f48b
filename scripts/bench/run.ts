// `npm run bench`: builds the app, the bare-MapLibre floor and a 100× dataset, serves them
// from one local origin and measures each in headless Chromium, interleaved run by run so a
// slow moment of the machine hits all three alike. Writes bench/results.json and prints the
// targets with PASS/FAIL. It is a report: it exits 0 when a target fails.
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { preview } from "vite";
import type { CorridorCollection } from "../../src/data/corridorTypes.ts";
import { launchChromium } from "../../test/browser/chromium.ts";
import { buildSite } from "./build.ts";
import { weighCode } from "./bytes.ts";
import { type EmbedRuns, embedTargets, measureEmbeds } from "./embedBench.ts";
import { measurePage, type PageRun } from "./measure.ts";
import { targets, targetTable } from "./report.ts";
import { benchRoutes } from "./routes.ts";
import { printDetails, summarise } from "./summary.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CLICKS_PER_RUN = 3;
/**
 * Typed into the search key by key, in every run of the app (1× and 100×): names as typed on an
 * English keyboard (Constanța, Halkalı), a typo (Tbilsi), several words, a topic, a kind.
 */
const SEARCH_QUERIES = [
  "kuryk",
  "constanta",
  "halkali",
  "tbilsi",
  "baku tbilisi kars",
  "customs",
  "rail",
  "fibre cable",
];
const repo = process.cwd();
const t0 = Date.now();
const log = (msg: string) => console.log(`[bench ${((Date.now() - t0) / 1000).toFixed(0)} s] ${msg}`);
const readCorridor = (path: string) => JSON.parse(readFileSync(path, "utf8")) as CorridorCollection;

// Other work on the machine slows every page alike; the load average says how busy it was.
const loadBefore = loadavg();
log("building the app, the floor, the libraries alone and the 100× data");
const site = await buildSite(repo);
const corridor = readCorridor(join(site.root, "app", "corridor.geojson"));
const corridor100 = readCorridor(join(site.root, "app100", "corridor.geojson"));
// Clicks aim at the original segments; in the 100× data they sit where they are in 1×.
const segmentIds = corridor.features
  .filter((f) => f.properties.featureType === "segment")
  .map((f) => f.properties.id);

// Routes are a pure function of the data: timed in Node, before the browser starts (routes.ts).
log("timing route computation at 1× and 100× (Node)");
const routes = benchRoutes(corridor);

const server = await preview({
  configFile: false,
  logLevel: "warn",
  root: repo,
  build: { outDir: site.root },
  preview: {
    host: "127.0.0.1",
    port: 4900 + Math.floor(Math.random() * 500),
    strictPort: false,
    open: false,
    // As the app's own server sends it: the 12-embed page's sandboxed frames have opaque origins.
    headers: { "Access-Control-Allow-Origin": "*" },
  },
});
const origin = server.resolvedUrls?.local[0];
if (!origin) throw new Error("The preview server did not report its URL");
const browser = await launchChromium();

try {
  // Warm-up (not counted): the size of the app's map and the view it opens at.
  const viewport = { width: 1280, height: 800 };
  const warm = await measurePage(browser, { origin, siteRoot: site.root, path: "app/", viewport });
  // The floor's map goes where the app's is, in a page of the same size: the same pixels to draw.
  const { x, y, width, height } = warm.mapBox;
  const floorPath = `floor/?box=${x},${y},${width},${height}${warm.view ? `&view=${warm.view}` : ""}`;
  log(`app map ${width}×${height} px at (${x}, ${y}), view ${warm.view}`);

  const embedRuns: EmbedRuns = {
    still: [],
    stillRu: [],
    interactive: [],
    many: [],
  };
  const runs: Record<"app" | "appEn" | "appRu" | "floor" | "app100" | "floor100", PageRun[]> = {
    app: [],
    appEn: [],
    appRu: [],
    floor: [],
    app100: [],
    floor100: [],
  };
  for (let i = 0; i < RUNS; i++) {
    const common = { origin, siteRoot: site.root, viewport };
    const clicks = { candidates: segmentIds, count: CLICKS_PER_RUN, offset: i * CLICKS_PER_RUN };
    runs.app.push(
      await measurePage(browser, {
        ...common,
        path: "app/",
        clicks: { ...clicks, corridor, lineClearance: 4 },
        scrub: true,
        search: SEARCH_QUERIES,
      }),
    );
    // Issue 19: first render in Russian ≤ 1.05× English. Both pages are measured alike (first
    // render only, no clicks) and in turn, English first in even runs: the page that follows the
    // heavy run above starts on a busier machine, so a fixed order would tilt the ratio.
    for (const lang of i % 2 === 0 ? (["en", "ru"] as const) : (["ru", "en"] as const)) {
      const page = await measurePage(browser, { ...common, path: `app/?lang=${lang}` });
      (lang === "en" ? runs.appEn : runs.appRu).push(page);
    }
    runs.floor.push(
      await measurePage(browser, {
        ...common,
        path: floorPath,
        clicks: { ...clicks, corridor, lineClearance: 4 },
      }),
    );
    // With copies all around, any line may answer the click: the panel opens all the same.
    runs.app100.push(
      await measurePage(browser, {
        ...common,
        path: "app100/",
        clicks: { ...clicks, corridor: corridor100, lineClearance: 0 },
        scrub: true,
        search: SEARCH_QUERIES,
      }),
    );
    runs.floor100.push(
      await measurePage(browser, {
        ...common,
        path: floorPath.replace("floor/", "floor100/"),
        clicks: { ...clicks, corridor: corridor100, lineClearance: 0 },
      }),
    );
    await measureEmbeds(browser, { origin, siteRoot: site.root }, embedRuns);
    const fr = (k: keyof typeof runs) => runs[k].at(-1)?.firstRenderMs.toFixed(0);
    log(
      `run ${i + 1}/${RUNS}: first render app ${fr("app")} ms, in English / Russian ${fr("appEn")} / ${fr("appRu")} ms, floor ${fr("floor")} ms,` +
        ` app 100× ${fr("app100")} ms, floor 100× ${fr("floor100")} ms`,
    );
  }

  const app = summarise(runs.app, site.root);
  const appEn = summarise(runs.appEn, site.root);
  const appRu = summarise(runs.appRu, site.root);
  const floor = summarise(runs.floor, site.root);
  const app100 = summarise(runs.app100, site.root);
  const floor100 = summarise(runs.floor100, site.root);
  const libs = weighCode(site.libs);
  const appBytesGzip = app.bytes.code.gzip - libs.gzip;
  const ts = targets({
    firstRenderMs: {
      app: app.firstRenderMs,
      appEn: appEn.firstRenderMs,
      appRu: appRu.firstRenderMs,
      floor: floor.firstRenderMs,
      app100: app100.firstRenderMs,
    },
    frameMs: {
      app: { mean: app.frameMeanMs, median: app.frameMedianMs },
      floor: { mean: floor.frameMeanMs, median: floor.frameMedianMs },
    },
    scrubFrameMs: { app: app.scrubFrameMeanMs, app100: app100.scrubFrameMeanMs },
    click: {
      app: app.clickToPanelMs,
      floor: floor.clickToPanelMs,
      app100: app100.clickToPanelMs,
      floor100: floor100.clickToPanelMs,
    },
    searchKeyMs: { app: app.searchKeyMs, app100: app100.searchKeyMs },
    appBytesGzip,
    basemapBytesGzip: app.bytes.basemap.gzip,
    routeMs: { x1: routes.x1.medianMs, x100: routes.x100.medianMs },
  });
  const embeds = embedTargets(embedRuns);
  ts.push(...embeds.targets);

  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? "unknown",
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverage1min: { before: loadBefore[0], after: loadavg()[0] },
      browser: `Chromium ${browser.version()} headless, WebGL through SwiftShader`,
    },
    runs: RUNS,
    viewport,
    mapBox: warm.mapBox,
    view: warm.view,
    firstRenderRatio: app.firstRenderMs / floor.firstRenderMs,
    /** The app in Russian against the same app in English, both first render only (issue 19: ≤ 1.05×). */
    firstRenderRussianRatio: appRu.firstRenderMs / appEn.firstRenderMs,
    firstRenderLanguageMs: {
      en: appEn.firstRenderMs,
      ru: appRu.firstRenderMs,
      enSamples: appEn.firstRenderSamplesMs,
      ruSamples: appRu.firstRenderSamplesMs,
    },
    panFrameRatio: app.frameMeanMs / floor.frameMeanMs,
    panFrameMedianRatio: app.frameMedianMs / floor.frameMedianMs,
    panFrameP95Ratio: app.frameP95Ms / floor.frameP95Ms,
    /** Dragging the timeline's slider against panning the same app (issue 14: ≤ 1.2×). */
    scrubFrameRatio: app.scrubFrameMeanMs / app.frameMeanMs,
    scrubFrameRatio100x: app100.scrubFrameMeanMs / app100.frameMeanMs,
    clickToPanelMs: app.clickToPanelMs,
    clickToPanelMs100x: app100.clickToPanelMs,
    /** The same click on the floor, which only adds a bare DOM panel: this machine's minimum. */
    clickToPanelMsFloor: floor.clickToPanelMs,
    clickToPanelMsFloor100x: floor100.clickToPanelMs,
    /** The app's own share of the click: its time beyond the floor's with the same data. */
    clickToPanelBeyondFloorMs: app.clickToPanelMs - floor.clickToPanelMs,
    clickToPanelBeyondFloorMs100x: app100.clickToPanelMs - floor100.clickToPanelMs,
    /** Until the compositor has shown that frame (the next animation frame), for each page. */
    clickToPresentedMs: {
      app: app.clickToPresentedMs,
      app100: app100.clickToPresentedMs,
      floor: floor.clickToPresentedMs,
      floor100: floor100.clickToPresentedMs,
    },
    /** A key typed into the search → its results painted (median), 1× and 100× data. */
    searchKeyMs: app.searchKeyMs,
    searchKeyMs100x: app100.searchKeyMs,
    /** The 100× app against the floor with the same 100× data. */
    firstRender100xFloorRatio: app100.firstRenderMs / floor100.firstRenderMs,
    firstRender100xRatio: app100.firstRenderMs / app.firstRenderMs,
    appBytesGzip,
    basemapBytesGzip: app.bytes.basemap.gzip,
    libsBytes: libs,
    /** Route computation, in Node: medians over sampled pairs of places (scripts/bench/routes.ts). */
    routes,
    /** Issue 18: the still embed against the interactive one, and the 12-embed page (embedBench.ts). */
    embeds: embeds.results,
    targets: ts,
    app,
    floor,
    app100,
    floor100,
  };
  writeFileSync(join(repo, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);

  console.log(`\n${targetTable(ts)}\n`);
  printDetails({ app, appEn, appRu, floor, app100, floor100 }, routes, libs, embeds.line);
  const failed = ts.filter((t) => !t.pass);
  console.log(failed.length ? `FAIL: ${failed.map((t) => t.name).join("; ")}` : "All targets PASS");
  log("results written to bench/results.json");
} finally {
  await browser.close();
  await server.close();
}
