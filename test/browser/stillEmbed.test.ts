// Issue 18 in Chromium: a still embed is a picture (no map library fetched, no WebGL context,
// about the weight of an image) that posts ready like the interactive embed and upgrades in
// place by keyboard; an interactive embed makes its WebGL context only when it scrolls into
// view, and makes its map again after the context is lost.
import { gzipSync } from "node:zlib";
import type { Frame, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/catalogues/en.ts";
import { MANY_EMBEDS, manyEmbedsPage } from "../xbrowser/hostPage.ts";
import { hostServer } from "./hostServer.ts";
import { appSession } from "./session.ts";

const session = appSession();
const { baseURL } = session;
const host = hostServer();

/** Counts WebGL contexts made in every frame of the page (the init script runs in each). */
const COUNT_WEBGL = () => {
  const w = window as unknown as { webglContexts: number };
  w.webglContexts = 0;
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement,
    type: string,
    ...rest: unknown[]
  ) {
    if (/webgl/.test(type)) w.webglContexts++;
    return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
  } as typeof original;
};

const messages = (page: Page) =>
  page.evaluate(() => (window as unknown as { got: { type: string; from: string }[] }).got);

const frameOf = (page: Page, id: string): Frame => {
  const frame = page.frames().find((f) => f.name() === id);
  if (!frame) throw new Error(`no frame named ${id}`);
  return frame;
};

const webglIn = (frame: Frame) =>
  frame.evaluate(() => (window as unknown as { webglContexts: number }).webglContexts);

const hostWith = (frames: string) => `<!doctype html><html><body><h1>A report</h1>${frames}
  <script>window.got = []; addEventListener("message", (e) => {
    const from = [...document.querySelectorAll("iframe")].find((f) => f.contentWindow === e.source);
    window.got.push({ type: e.data && e.data.type, from: from ? from.name : "" });
  });</script></body></html>`;

const frameTag = (name: string, query: string, hash: string, top = 0) =>
  `<iframe name="${name}" src="${baseURL}${query}${hash}" title="Map ${name}" width="640" height="520"
    style="border:0;display:block;margin-top:${top}px" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>`;

describe("still embed", () => {
  it("is a picture: ready and sized, no map library, no WebGL, under 150 KB; Explore upgrades it in place", async () => {
    const hash = "#seg=btk-rail-marabda-kars&date=2016-06";
    host.page = hostWith(frameTag("still", "?embed=1&static=1&height=400", hash));
    const app = await session.open({
      url: host.url,
      viewport: { width: 900, height: 800 },
      waitForMap: false,
    });
    const { page } = app;
    const fetched: { url: string; gzip: number; english: boolean }[] = [];
    page.on("response", async (r) => {
      const body = await r.body().catch(() => null);
      if (body && r.url().startsWith(baseURL))
        fetched.push({
          url: r.url(),
          gzip: gzipSync(body, { level: 9 }).length,
          // A text of the English catalogue that no still embed shows: a copy of the catalogue.
          english: body.includes(en["app.skipToList"]),
        });
    });
    await page.addInitScript(COUNT_WEBGL);
    // Counted from the reload on: the first load was before the listener.
    fetched.length = 0;
    await page.reload();
    await page.waitForFunction(() =>
      (window as unknown as { got: { type: string }[] }).got.some((m) => m.type === "middle-corridor:ready"),
    );
    const still = frameOf(page, "still");
    expect(await still.locator('[data-ready="true"] svg[role="img"]').count()).toBe(1);
    expect(await webglIn(still)).toBe(0);
    const urls = fetched.map((f) => f.url);
    expect(urls.some((u) => /maplibre|corridor\.geojson|basemap\.topojson|woff2?$/.test(u))).toBe(false);
    expect(urls.some((u) => u.endsWith("corridor-lite.json"))).toBe(true);
    const kb = [...new Map(fetched.map((f) => [f.url, f.gzip])).values()].reduce((n, g) => n + g, 0) / 1024;
    expect(kb).toBeLessThanOrEqual(150);
    // Its words came with corridor-lite.json: no file held the English catalogue.
    expect(fetched.filter((f) => f.english).map((f) => f.url)).toEqual([]);
    // The interactive embed's frame around it: legend, credits, the date, Open full map.
    expect(await still.getByRole("list", { name: "Legend" }).count()).toBe(1);
    expect(await still.locator(".embed-credit").textContent()).toContain("Natural Earth");
    expect(await still.locator(".as-of-badge").textContent()).toBe("As of Jun 2016");
    const open = still.getByRole("link", { name: /Open full map/ });
    expect(await open.getAttribute("href")).toContain("seg=btk-rail-marabda-kars");
    expect(await open.getAttribute("rel")).toBe("noopener noreferrer");
    // Explore, by keyboard: the interactive map in the same frame, same selection and date.
    await still.getByRole("button", { name: "Explore the interactive map" }).focus();
    await page.keyboard.press("Enter");
    await still.waitForSelector('.map[data-ready="true"] canvas', { timeout: 45_000 });
    expect(await webglIn(still)).toBeGreaterThan(0);
    expect(
      await still.getByRole("region", { name: "Segment details" }).locator("h2").textContent(),
    ).toContain("Baku–Tbilisi–Kars");
    expect(await still.locator(".as-of-badge").textContent()).toBe("As of Jun 2016");
    expect(await still.locator('[data-testid="still-map"]').count()).toBe(0);
    await app.close();
  });

  it("explore=0 leaves the button out", async () => {
    host.page = hostWith(frameTag("still", "?embed=1&static=1&explore=0", ""));
    const app = await session.open({ url: host.url, waitForMap: false });
    const still = frameOf(app.page, "still");
    await still.waitForSelector('[data-ready="true"]');
    expect(await still.getByRole("button", { name: /Explore/ }).count()).toBe(0);
    await app.close();
  });

  it("a route link draws the route's halos and its summary table, still without the map library", async () => {
    const app = await session.open({
      query: "?embed=1&static=1",
      hash: "#route=kars~lianyungang&variant=2",
      waitForMap: false,
    });
    const { page } = app;
    await page.waitForSelector('[data-ready="true"]');
    const summary = page.getByRole("region", { name: "Route summary" });
    expect(await summary.locator("caption").textContent()).toMatch(
      /^Route Kars → Lianyungang port, .*\(2 of \d\)$/,
    );
    expect(await page.locator('[data-route-role="chosen"]').count()).toBe(1);
    expect(await page.locator('[data-route-role="others"]').count()).toBe(1);
    const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name));
    expect(scripts.some((u) => /maplibre/i.test(u))).toBe(false);
    await app.close();
  });
});

describe("interactive embed", () => {
  it("makes its WebGL context only in view, and its map again after the context is lost", async () => {
    // Below the fold of an 800 px window, without loading="lazy", so the frame loads at once.
    host.page = hostWith(
      frameTag("live", "?embed=1&height=400", "#map=4/42/52&seg=btk-rail-marabda-kars", 1600),
    );
    const app = await session.open({
      url: host.url,
      viewport: { width: 900, height: 800 },
      waitForMap: false,
    });
    const { page } = app;
    await page.addInitScript(COUNT_WEBGL);
    await page.reload();
    const live = frameOf(page, "live");
    // Its details are open (the hash selects a segment), yet the host page has not jumped to it.
    await live.getByRole("region", { name: "Segment details" }).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await webglIn(live)).toBe(0);
    expect((await messages(page)).filter((m) => m.from === "live")).toEqual([]);
    await page.evaluate(() => document.querySelector("iframe")?.scrollIntoView());
    await page.waitForFunction(() =>
      (window as unknown as { got: { type: string }[] }).got.some((m) => m.type === "middle-corridor:ready"),
    );
    await live.waitForSelector('.map[data-ready="true"] canvas');
    const before = await webglIn(live);
    expect(before).toBeGreaterThan(0);
    // The browser takes the context back: the map is made again, not left blank.
    await live.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement & { lost?: boolean }>(".maplibregl-canvas");
      if (!canvas) throw new Error("no map canvas");
      canvas.lost = true;
      (canvas.getContext("webgl2") ?? canvas.getContext("webgl"))
        ?.getExtension("WEBGL_lose_context")
        ?.loseContext();
    });
    await live.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement & { lost?: boolean }>(".maplibregl-canvas");
      return canvas && !canvas.lost && document.querySelector('.map[data-ready="true"]');
    });
    expect(await webglIn(live)).toBeGreaterThan(before);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});

describe("a report with many embeds", () => {
  it("12 embeds (8 still, 4 interactive) each post ready once scrolled into view; none fails down and back up", async () => {
    host.page = manyEmbedsPage(baseURL);
    const app = await session.open({
      url: host.url,
      viewport: { width: 900, height: 800 },
      waitForMap: false,
    });
    const { page } = app;
    const inViewReady = () => {
      const got = (window as unknown as { got: { type: string; from: string }[] }).got;
      const ready = new Set(got.filter((m) => m.type === "middle-corridor:ready").map((m) => m.from));
      return [...document.querySelectorAll("iframe")]
        .filter(
          (f) => f.getBoundingClientRect().bottom > 0 && f.getBoundingClientRect().top < window.innerHeight,
        )
        .every((f) => ready.has(f.name));
    };
    for (const down of [true, false]) {
      let moved = true;
      while (moved) {
        await page.waitForFunction(inViewReady, undefined, { timeout: 60_000 });
        moved = await page.evaluate((d) => {
          const before = window.scrollY;
          window.scrollBy(0, (d ? 0.9 : -0.9) * window.innerHeight);
          return window.scrollY !== before;
        }, down);
      }
    }
    const ready = (await messages(page)).filter((m) => m.type === "middle-corridor:ready").map((m) => m.from);
    expect(new Set(ready).size).toBe(MANY_EMBEDS.still + MANY_EMBEDS.interactive);
    // Each still picture posted ready once; every frame still shows its map (none blank).
    for (const [i, frame] of page
      .frames()
      .filter((f) => f.name().startsWith("embed-"))
      .entries()) {
      expect(await frame.locator('[data-ready="true"]').count(), `frame ${i}`).toBeGreaterThan(0);
    }
    expect(ready.filter((from) => from === "embed-0")).toEqual(["embed-0"]);
    // The session's checks after the test: no page error in any frame, nothing off-origin, no CSP block.
    await app.close();
  });
});
