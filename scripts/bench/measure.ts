// One measured page load in a fresh browser context (cold cache): time to the first complete
// render, the files fetched, click → panel times and frame intervals during a pan and zoom.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { CorridorCollection } from "../../src/data/corridorTypes.ts";
import { pickOnScreen, projectCorridor } from "../../test/browser/pickClickPoint.ts";
import { CAMERA_STILL, PANEL_OPEN, PROBES, READY, SEARCH_RESULTS_FOR, TWO_FRAMES } from "./inPage.ts";

export interface Viewport {
  width: number;
  height: number;
}

export interface PageOptions {
  origin: string;
  siteRoot: string;
  /** Path under the site, e.g. "app/" or "floor/?view=3.4/41/62". */
  path: string;
  viewport: Viewport;
  /**
   * Clicks on the map: of the `candidates` that can be clicked at the first view, `count` of
   * them from `offset` on (wrapping), so successive runs click different lines.
   */
  clicks?: {
    corridor: CorridorCollection;
    candidates: readonly string[];
    count: number;
    offset: number;
    lineClearance: number;
  };
  /** Drag the timeline's "As of" slider and time the frames (the app only: the floor has none). */
  scrub?: boolean;
  /** Type these queries into the search, key by key, and time each key to its results painted. */
  search?: readonly string[];
}

export interface Click {
  /** pointerdown → panel painted: the frame that draws it is done on the main thread. */
  ms: number;
  /** pointerdown → that frame shown by the compositor (the next animation frame). */
  presentedMs: number;
  /** pointerdown → panel in the DOM: the page's own event handling (in the app, React's render). */
  domMs: number;
  /** pointerdown → start of the frame that paints it. */
  frameStartMs: number;
}

export interface PageRun {
  firstRenderMs: number;
  /** Files on disk the page fetched (the map worker included). */
  files: string[];
  clicks: Click[];
  /** Clicks that opened no panel, or segments with no clear point to click. */
  clickMisses: number;
  frameMs: number[];
  /** Frame intervals while dragging the timeline's slider; empty when not measured. */
  scrubFrameMs: number[];
  /** Search: a key typed → the results for the new text painted, one per key that searches. */
  searchKeyMs: number[];
  errors: string[];
  /** The view the app wrote into its permalink (#map=Z/LAT/LON), to show the floor the same. */
  view: string | null;
  /** The app's map in its page, to put the floor's at the same place. */
  mapBox: { x: number; y: number; width: number; height: number };
}

/**
 * Polls an expression from here. Not page.waitForFunction: that evaluates its predicate with
 * eval inside the page, which the app's Content-Security-Policy (no 'unsafe-eval') forbids.
 */
export async function waitUntil(page: Page, expression: string, timeout: number) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${expression}`);
    await page.waitForTimeout(25);
  }
}

async function settle(page: Page) {
  await waitUntil(page, CAMERA_STILL, 30_000);
  // MapLibre re-lays a source in its worker after a filter change; let that finish too.
  await page.waitForTimeout(300);
  await page.evaluate(TWO_FRAMES);
}

async function clickSegments(page: Page, opts: NonNullable<PageOptions["clicks"]>) {
  const projected = await projectCorridor(page, opts.corridor);
  const clickable = opts.candidates.flatMap((id) => {
    const point = pickOnScreen(projected, id, opts.lineClearance);
    return point ? [{ id, ...point }] : [];
  });
  const points = Array.from(
    { length: Math.min(opts.count, clickable.length) },
    (_, j) => clickable[(opts.offset + j) % clickable.length] as (typeof clickable)[number],
  );
  let misses = opts.count - points.length;
  for (const p of points) {
    // Hover first, so the timed click is the click alone and not the hover highlight too.
    await page.mouse.move(p.x, p.y);
    await settle(page);
    const before = (await page.evaluate("window.__bench.clicks.length")) as number;
    await page.mouse.down();
    await page.mouse.up();
    try {
      await waitUntil(page, `window.__bench.clicks.length > ${before}`, 15_000);
    } catch {
      misses++;
      continue;
    }
    await page.keyboard.press("Escape");
    await waitUntil(page, `!(${PANEL_OPEN})`, 15_000);
    await settle(page);
  }
  const clicks = (await page.evaluate("window.__bench.clicks")) as Click[];
  return { clicks, clickMisses: misses };
}

/**
 * Presses the mouse and drags it 0.8 s out along `at(0 → 1)` and 0.8 s back, paced by the clock
 * (a slow page is measured as long as a fast one). The caller releases it.
 */
async function dragOutAndBack(page: Page, at: (f: number) => [number, number]): Promise<void> {
  await page.mouse.down();
  const start = Date.now();
  for (let t = 0; t < 1600; t = Date.now() - start) {
    const [x, y] = at(t < 800 ? t / 800 : (1600 - t) / 800);
    await page.mouse.move(x, y);
    await page.waitForTimeout(16);
  }
}

/**
 * 1.6 s of dragging out and back, then 1 s of wheel steps in and out, at the map's centre.
 * Paced by the clock, not by step count, so a slow page is measured for as long as a fast one.
 */
async function panAndZoom(page: Page): Promise<number[]> {
  const box = await page.locator('[data-testid="map"]').boundingBox();
  if (!box) throw new Error("map not on screen");
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await settle(page);
  await page.evaluate("window.__bench.startFrames()");
  await dragOutAndBack(page, (f) => [cx + f * 240, cy + f * 80]);
  await page.mouse.move(cx, cy);
  await page.mouse.up();
  const zoomStart = Date.now();
  for (let i = 0; Date.now() - zoomStart < 1000; i++) {
    await page.mouse.wheel(0, i % 8 < 4 ? -120 : 120);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(200);
  return (await page.evaluate("window.__bench.stopFrames()")) as number[];
}

/**
 * 1.6 s of dragging the "As of" slider from today back across the years and forth again, paced
 * by the clock like the pan: the map redraws as of each date the thumb passes.
 */
async function scrubTimeline(page: Page): Promise<number[]> {
  const thumb = await page.getByRole("slider", { name: "As of" }).boundingBox();
  const track = await page.locator(".timeline-track").boundingBox();
  if (!thumb || !track) throw new Error("the timeline is not on screen");
  const y = thumb.y + thumb.height / 2;
  const from = thumb.x + thumb.width / 2;
  const to = track.x + track.width * 0.15;
  await page.mouse.move(from, y);
  await settle(page);
  await page.evaluate("window.__bench.startFrames()");
  await dragOutAndBack(page, (f) => [from + f * (to - from), y]);
  await page.mouse.up();
  await page.waitForTimeout(200);
  return (await page.evaluate("window.__bench.stopFrames()")) as number[];
}

/** Letters or digits enough for the search to search (src/features/search/query.ts). */
const searches = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, "").length >= 2;

/**
 * Focuses the search with "/", builds its index with a first query (not timed: the index is
 * made on first use), then types each query key by key, waiting for each key's results.
 */
async function typeQueries(page: Page, queries: readonly string[]): Promise<number[]> {
  const clear = async () => {
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Backspace");
    await waitUntil(page, `(${SEARCH_RESULTS_FOR}) === null`, 15_000);
  };
  await page.keyboard.press("/");
  await page.keyboard.type("warm up");
  await waitUntil(page, `(${SEARCH_RESULTS_FOR}) === "warm up"`, 60_000);
  await clear();
  await page.evaluate("window.__bench.keys.length = 0");
  for (const q of queries) {
    for (let i = 1; i <= q.length; i++) {
      const before = (await page.evaluate("window.__bench.keys.length")) as number;
      await page.keyboard.type(q.slice(i - 1, i));
      if (searches(q.slice(0, i))) await waitUntil(page, `window.__bench.keys.length > ${before}`, 15_000);
      await page.evaluate(TWO_FRAMES);
    }
    await clear();
  }
  await page.keyboard.press("Escape");
  const keys = (await page.evaluate("window.__bench.keys")) as { ms: number }[];
  return keys.map((k) => k.ms);
}

export async function measurePage(browser: Browser, opts: PageOptions): Promise<PageRun> {
  const context = await browser.newContext({ viewport: opts.viewport, reducedMotion: "reduce" });
  try {
    await context.addInitScript({ content: PROBES });
    const page = await context.newPage();
    const urls = new Set<string>();
    const errors: string[] = [];
    page.on("request", (r) => urls.add(r.url()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${opts.origin}${opts.path}`);
    await waitUntil(page, READY, 180_000);
    const firstRenderMs = (await page.evaluate("window.__bench.readyAt")) as number;
    const box = await page.locator('[data-testid="map"]').boundingBox();
    const [x, y, width, height] = [box?.x, box?.y, box?.width, box?.height].map((v) => Math.round(v ?? 0));
    const mapBox = { x: x ?? 0, y: y ?? 0, width: width ?? 0, height: height ?? 0 };
    const view = /map=([\d.\-/]+)/.exec(new URL(page.url()).hash)?.[1] ?? null;
    await settle(page);

    const clicks = opts.clicks ? await clickSegments(page, opts.clicks) : { clicks: [], clickMisses: 0 };
    const frameMs = await panAndZoom(page);
    const scrubFrameMs = opts.scrub ? await scrubTimeline(page) : [];
    // What the page fetched so far: search's own chunk, loaded on first use, is not part of the load.
    const fetched = [...urls];
    const searchKeyMs = opts.search ? await typeQueries(page, opts.search) : [];

    const files = fetched
      .filter((u) => u.startsWith(opts.origin))
      .map((u) => {
        const path = decodeURIComponent(new URL(u).pathname);
        return join(opts.siteRoot, path.endsWith("/") ? `${path}index.html` : path);
      });
    return { firstRenderMs, files, ...clicks, frameMs, scrubFrameMs, searchKeyMs, errors, view, mapBox };
  } finally {
    await context.close();
  }
}
