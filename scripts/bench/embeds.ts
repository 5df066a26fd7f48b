// Issue 18's figures: a still embed (`static=1`) against the interactive embed, each opened
// alone (cold cache, fresh context) to its `data-ready` (when it posts ready in a frame), with
// the files it fetched; and a report page of 12 embeds (8 still, 4 interactive, the
// cross-browser suite's page, test/xbrowser/hostPage.ts) scrolled down in steps, each step
// waiting for the frames in view to post ready: its total transfer and the time until all 12
// have. The host page is written into the bench site, so it is served from the app's origin
// (its frames are sandboxed, so each still has an opaque origin of its own).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { MANY_EMBEDS, manyEmbedsPage } from "../../test/xbrowser/hostPage.ts";
import { type Weight, type Weights, weighFiles } from "./bytes.ts";
import { PROBES } from "./inPage.ts";
import { waitUntil } from "./measure.ts";

export interface EmbedRun {
  readyMs: number;
  bytes: Weights;
  files: string[];
}

export interface ManyEmbedsRun {
  /** Navigation to the last of the 12 ready messages, scrolling as each screenful is ready. */
  allReadyMs: number;
  bytes: Weights;
  readyCount: number;
  errors: string[];
}

export const MANY_EMBEDS_DIR = "embeds";

/** Writes the 12-embed page into the site; returns its path on the server. */
export function writeManyEmbedsPage(siteRoot: string, appURL: string): string {
  mkdirSync(join(siteRoot, MANY_EMBEDS_DIR), { recursive: true });
  writeFileSync(join(siteRoot, MANY_EMBEDS_DIR, "index.html"), manyEmbedsPage(appURL));
  return `${MANY_EMBEDS_DIR}/`;
}

const filesOf = (urls: Iterable<string>, origin: string, siteRoot: string) =>
  [...new Set(urls)]
    .filter((u) => u.startsWith(origin))
    .map((u) => {
      const path = decodeURIComponent(new URL(u).pathname);
      return join(siteRoot, path.endsWith("/") ? `${path}index.html` : path);
    });

async function openCounting(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, reducedMotion: "reduce" });
  await context.addInitScript({ content: PROBES });
  const page = await context.newPage();
  const urls: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  return { context, page, urls, errors };
}

/** One embed page alone: `path` is e.g. "app/?embed=1&static=1&height=400". */
export async function measureEmbed(
  browser: Browser,
  opts: { origin: string; siteRoot: string; path: string },
): Promise<EmbedRun> {
  const { context, page, urls } = await openCounting(browser, { width: 800, height: 500 });
  try {
    await page.goto(`${opts.origin}${opts.path}`);
    await waitUntil(page, "window.__bench.readyAt !== null", 120_000);
    const readyMs = (await page.evaluate("window.__bench.readyAt")) as number;
    const files = filesOf(urls, opts.origin, opts.siteRoot);
    return { readyMs, bytes: weighFiles(files), files };
  } finally {
    await context.close();
  }
}

const READY_FROM = `(() => new Set(window.got.filter((m) => m.type === "middle-corridor:ready").map((m) => m.from)))()`;

async function scrollUntilAllReady(page: Page, total: number): Promise<void> {
  for (let step = 0; step < 100; step++) {
    // The frames in view have posted ready (or there are none in view).
    await waitUntil(
      page,
      `(() => { const ready = ${READY_FROM}; return [...document.querySelectorAll("iframe")]
        .filter((f) => f.getBoundingClientRect().bottom > 0 && f.getBoundingClientRect().top < innerHeight)
        .every((f) => ready.has(f.name)); })()`,
      120_000,
    );
    if (((await page.evaluate(`${READY_FROM}.size`)) as number) >= total) return;
    await page.evaluate("window.scrollBy(0, 0.9 * innerHeight)");
  }
  throw new Error("the 12-embed page never had all its embeds ready");
}

export async function measureManyEmbeds(
  browser: Browser,
  opts: { origin: string; siteRoot: string; path: string },
): Promise<ManyEmbedsRun> {
  const total = MANY_EMBEDS.still + MANY_EMBEDS.interactive;
  const { context, page, urls, errors } = await openCounting(browser, { width: 1280, height: 800 });
  try {
    await page.goto(`${opts.origin}${opts.path}`);
    await scrollUntilAllReady(page, total);
    const allReadyMs = (await page.evaluate("performance.now()")) as number;
    const readyCount = (await page.evaluate(`${READY_FROM}.size`)) as number;
    return { allReadyMs, bytes: weighFiles(filesOf(urls, opts.origin, opts.siteRoot)), readyCount, errors };
  } finally {
    await context.close();
  }
}

export const totalGzip = (w: Weights): number => Object.values(w).reduce((n, c: Weight) => n + c.gzip, 0);
