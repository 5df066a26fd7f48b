// Report authors' paths in Chromium: a page on another origin embeds the map in a sandboxed
// iframe that sizes itself; figures export at print size (PNG) and as vectors (SVG); the
// single-file build works from file:// with the network off.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KINDS } from "../../src/layers/registry.ts";
import { hostServer } from "./hostServer.ts";
import { appSession } from "./session.ts";

const session = appSession();
const { baseURL } = session;
const host = hostServer();

describe("embedding", () => {
  it("a host page on another origin embeds the chosen segment in a sandboxed iframe that sizes itself", async () => {
    host.page = `<!doctype html><html><body><h1>A report</h1><p>Before the map.</p>
      <iframe id="map" src="${baseURL}?embed=1&height=400#seg=btk-rail-marabda-kars" title="Map" width="100%" height="120"
        style="border:0" sandbox="allow-scripts allow-popups"></iframe>
      <p>After the map.</p>
      <script>window.got = []; addEventListener("message", (e) => window.got.push(e.data));</script>
      <script src="${baseURL}embed.js"></script></body></html>`;
    // The frame has an opaque origin: its map worker must start as the CSP allows (blob:); the
    // session's checks see the frame's errors and CSP reports too.
    const app = await session.open({
      url: host.url,
      viewport: { width: 1000, height: 900 },
      waitForMap: false,
    });
    const { page } = app;
    await page.waitForFunction(
      () =>
        (window as unknown as { got: { type: string }[] }).got.some(
          (m) => m.type === "middle-corridor:ready",
        ),
      undefined,
      {
        timeout: 45_000,
      },
    );
    const got = await page.evaluate(
      () => (window as unknown as { got: { type: string; height: number }[] }).got,
    );
    const ready = got.find((m) => m.type === "middle-corridor:ready");
    expect(ready?.height).toBeGreaterThanOrEqual(400);
    // embed.js sized the frame to the reported height.
    await expect
      .poll(() => page.evaluate(() => document.getElementById("map")?.getBoundingClientRect().height))
      .toBe(ready?.height);
    const frame = page.frameLocator("#map");
    expect(
      await frame.getByRole("region", { name: "Segment details" }).locator("h2").textContent(),
    ).toContain("Baku–Tbilisi–Kars");
    await expect(frame.getByRole("banner").count()).resolves.toBe(0);
    expect(await frame.getByRole("link", { name: /Open full map/ }).getAttribute("href")).toContain(
      "seg=btk-rail-marabda-kars",
    );
    expect(await frame.getByRole("list", { name: "Legend" }).count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    await app.close();
  });
});

describe("figures", () => {
  it("exports a PNG at A4 print size, at least 3000 px wide and not blank", async () => {
    const app = await session.open({ hash: "#map=5/41.5/48" });
    await app.page.getByRole("button", { name: "Export" }).click();
    await app.page.getByRole("radio", { name: /A4 landscape/ }).check();
    const [download] = await Promise.all([
      app.page.waitForEvent("download", { timeout: 60_000 }),
      app.page.getByRole("button", { name: "Download figure" }).click(),
    ]);
    const path = await download.path();
    const png = readFileSync(path);
    // PNG header: width and height are big-endian at bytes 16 and 20.
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(3000);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(2000);
    // The map in the figure holds the corridor: many pixels of the railway's and the sea
    // crossings' colours (far more than the legend's samples of them), not text alone.
    const stats = await app.page.evaluate(
      async ({ b64, colours }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement("canvas");
        c.width = img.width;
        c.height = img.height;
        const g = c.getContext("2d");
        if (!g) return {};
        g.drawImage(img, 0, 0);
        const d = g.getImageData(0, 0, c.width, c.height).data;
        const rgb = colours.map((h) => [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16)));
        const counts: Record<string, number> = {};
        for (let i = 0; i < d.length; i += 4)
          rgb.forEach(([r = 0, gr = 0, b = 0], k) => {
            if (
              Math.abs((d[i] ?? 0) - r) + Math.abs((d[i + 1] ?? 0) - gr) + Math.abs((d[i + 2] ?? 0) - b) <
              30
            )
              counts[colours[k] ?? ""] = (counts[colours[k] ?? ""] ?? 0) + 1;
          });
        return counts;
      },
      { b64: png.toString("base64"), colours: [KINDS.rail.color, KINDS.sea.color] },
    );
    // A legend sample at 300 dpi is about 90 × 9 px; the lines on the map are many times that.
    expect(stats[KINDS.rail.color] ?? 0).toBeGreaterThan(5000);
    expect(stats[KINDS.sea.color] ?? 0).toBeGreaterThan(2000);
    expect(app.offOriginRequests()).toEqual([]);
    await app.close();
  });

  it("exports an SVG that parses and has a vector path per visible segment", async () => {
    const app = await session.open();
    const segments = await app.segments();
    await app.toggleLayer("Trade flows");
    const svg = await app.exportSvg();
    const result = await app.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        ids: [...doc.querySelectorAll("path[data-segment-id]")].map((p) => p.getAttribute("data-segment-id")),
        images: doc.querySelectorAll("image").length,
      };
    }, svg);
    expect(result.error).toBeNull();
    expect(result.images).toBe(0);
    const visible = segments.filter((s) => s.properties.group !== "trade").map((s) => s.properties.id);
    expect([...result.ids].sort()).toEqual([...visible].sort());
    await app.close();
  });
});

describe("printing", () => {
  it("Ctrl+P gives the figure on one landscape page: title, map, legend, sources, credits, link", async () => {
    const app = await session.open({ hash: "#seg=btk-rail-marabda-kars" });
    const { pages } = await app.printPdf();
    expect(pages).toBe(1);
    const printed = await app.page.evaluate(() =>
      [...document.querySelectorAll(".print-only")].map((el) => el.textContent ?? "").join("\n"),
    );
    for (const s of [
      "The Middle Corridor",
      "Baku–Tbilisi–Kars",
      "Railway",
      "Sources of the annotations shown",
      "Natural Earth",
      "MapLibre",
      "seg=btk-rail-marabda-kars",
    ]) {
      expect(printed).toContain(s);
    }
    await app.close();
  });
});

describe("single file", () => {
  it("opens from file:// with the network off, and a segment can be selected", async () => {
    const file = join(process.cwd(), "dist-single", "middle-corridor-map.html");
    const app = await session.open({ url: `file://${file}`, offline: true, waitForMap: false });
    const { page, requests } = app;
    await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 45_000 });
    await page
      .getByRole("navigation", { name: "Segments" })
      .getByRole("button", { name: /^Caspian Sea: Aktau/ })
      .click();
    expect(await page.getByRole("region", { name: "Segment details" }).locator("h2").textContent()).toMatch(
      /^Caspian Sea: Aktau/,
    );
    await page.getByRole("button", { name: "Read in source" }).first().click();
    await expect.poll(() => page.getByRole("dialog").locator("mark").count()).toBeGreaterThan(0);
    // Only the file itself and blob: URLs (the map worker) are ever requested.
    expect(
      requests.filter((u) => !u.startsWith("file://") && !u.startsWith("blob:") && !u.startsWith("data:")),
    ).toEqual([]);
    expect(requests.filter((u) => u.startsWith("file://"))).toEqual([`file://${file}`]);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it("presents the tour from file:// with the network off", async () => {
    const file = join(process.cwd(), "dist-single", "middle-corridor-map.html");
    const app = await session.open({
      url: `file://${file}?present=1#step=2`,
      viewport: { width: 1920, height: 1080 },
      offline: true,
      waitForMap: false,
    });
    const { page } = app;
    await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 45_000 });
    const first = await page.locator(".present-title").textContent();
    await page.keyboard.press("PageDown");
    await expect.poll(() => page.locator(".present-count").textContent()).toMatch(/^Step 3 of \d+$/);
    expect(await page.locator(".present-title").textContent()).not.toBe(first);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
