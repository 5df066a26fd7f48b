// Chromium with WebGL switched off: the page says the map cannot be drawn, and shows a still SVG
// overview from the data in its place; the overview and the list select, the details and the
// source reader work, and nothing fails.
import { mkdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { overviewCoverage } from "../xbrowser/inPage.ts";
import type { AppDriver } from "./driver.ts";
import { appSession } from "./session.ts";

const session = appSession({}, { launchArgs: ["--disable-webgl", "--disable-webgl2"] });
const { baseURL } = session;

beforeAll(() => {
  mkdirSync(".scratch", { recursive: true });
});

/** A point on the segment's line in the overview where a click reaches that very line. */
function clickablePointOf(app: AppDriver, id: string) {
  return app.page.evaluate((segmentId) => {
    const hit = document.querySelector<SVGPathElement>(`[data-hit-segment-id="${segmentId}"]`);
    const matrix = hit?.getScreenCTM();
    if (!hit || !matrix) return null;
    const total = hit.getTotalLength();
    for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
      const p = hit.getPointAtLength(total * f);
      const x = matrix.a * p.x + matrix.c * p.y + matrix.e;
      const y = matrix.b * p.x + matrix.d * p.y + matrix.f;
      if (document.elementFromPoint(x, y) === hit) return { x, y };
    }
    return null;
  }, id);
}

describe("without WebGL", () => {
  it("shows the message and a static SVG overview; overview, list, details and reader work", async () => {
    const app = await session.open({ waitForMap: false });
    const note = app.page.getByRole("alert").filter({ hasText: "cannot be drawn" });
    await note.waitFor();
    expect(await note.textContent()).toContain("WebGL");
    // No map canvas at all: the page really has no WebGL.
    expect(await app.page.locator(".maplibregl-canvas").count()).toBe(0);

    const svg = app.page.getByRole("img", { name: /Static overview of the corridor/ });
    await svg.waitFor();
    const segments = await app.segments();
    const drawn = await svg
      .locator("path[data-segment-id]")
      .evaluateAll((ps) => ps.map((p) => p.getAttribute("data-segment-id")));
    expect(drawn.sort()).toEqual(segments.map((s) => s.properties.id).sort());
    // Countries are drawn too (the basemap loads without WebGL).
    await expect.poll(() => svg.locator('path[fill-rule="evenodd"]').count()).toBeGreaterThan(10);
    // The picture fills the map area as the map would: the SVG's box is the map's, and the
    // countries reach every edge (as in Firefox and WebKit, test/xbrowser/noWebgl.test.ts).
    const cover = await app.page.evaluate(overviewCoverage);
    if (!cover) throw new Error("no overview to measure");
    for (const k of ["x", "y", "width", "height"] as const) expect(cover.svg[k]).toBeCloseTo(cover.map[k], 0);
    expect(cover.land.left).toBeLessThanOrEqual(1);
    expect(cover.land.top).toBeLessThanOrEqual(1);
    expect(cover.land.right).toBeGreaterThanOrEqual(cover.size.width - 1);
    expect(cover.land.bottom).toBeGreaterThanOrEqual(cover.size.height - 1);

    // A click on a line in the overview selects it and opens its details.
    let clicked: (typeof segments)[number] | undefined;
    for (const s of segments) {
      const point = await clickablePointOf(app, s.properties.id);
      if (!point) continue;
      await app.page.mouse.click(point.x, point.y);
      clicked = s;
      break;
    }
    if (!clicked) throw new Error("no segment line in the overview could be clicked");
    expect(await app.detailsTitle()).toBe(clicked.properties.name);
    expect(await app.hash()).toContain(`seg=${clicked.properties.id}`);
    await app.page.screenshot({ path: ".scratch/no-webgl.png" });

    // The list selects another.
    const other = segments.find(
      (s) => s.properties.id !== clicked?.properties.id && s.properties.annotations.length,
    );
    if (!other) throw new Error("no second segment with annotations");
    await app.chooseInList(other.properties.name);
    expect(await app.detailsTitle()).toBe(other.properties.name);
    await expect.poll(() => svg.locator('path[stroke="#111"]').count()).toBe(1);

    // The reader opens with its highlights.
    await app.page.getByRole("button", { name: "Read in source" }).first().click();
    await expect.poll(() => app.page.getByRole("dialog").locator("mark").count()).toBeGreaterThan(0);
    await app.page.screenshot({ path: ".scratch/no-webgl-reader.png" });

    expect(app.pageErrors).toEqual([]);
    expect(app.offOriginRequests()).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    await app.close();
  });

  it("in an embed, still tells the host page that it is ready, with its height", async () => {
    // A host page (any document of our own; no CSP) that listens before the frame loads.
    const app = await session.open({
      url: `${baseURL}embed.js`,
      viewport: { width: 900, height: 700 },
      waitForMap: false,
    });
    const { page } = app;
    await page.setContent(
      `<script>window.got = []; addEventListener("message", (e) => window.got.push(e.data));</script>` +
        `<iframe src="${baseURL}?embed=1&height=420" title="Map" width="800" height="100"></iframe>`,
    );
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            (window as unknown as { got: { type: string; height: number }[] }).got.find(
              (m) => m.type === "middle-corridor:ready",
            ),
          ),
        { timeout: 30_000 },
      )
      .toMatchObject({ type: "middle-corridor:ready" });
    const frame = page.frameLocator("iframe");
    await expect.poll(() => frame.locator("svg").count()).toBeGreaterThan(0);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});

describe("without WebGL, the still overview", () => {
  it("fills the map area, and frames a segment chosen from the list clear of the panel and legend, its end names in view", async () => {
    const app = await session.open({ waitForMap: false });
    const svg = app.page.getByRole("img", { name: /Static overview of the corridor/ });
    await svg.waitFor();
    const problems: Record<string, string[]> = {};
    for (const id of [
      "cn-rail-lianyungang-dostyk",
      "caspian-fiber-aktau-sumgait",
      "tr-rail-halkali-kapikule",
    ]) {
      const seg = (await app.segments()).find((s) => s.properties.id === id);
      if (!seg) throw new Error(`no segment ${id}`);
      await app.chooseInList(seg.properties.name);
      await app.page.locator(`[data-subject-label="${seg.properties.to}"]`).waitFor();
      const p = await app.page.evaluate(
        ({ id, ends, margin }) => {
          const box = document.querySelector(".static-map")?.getBoundingClientRect();
          if (!box) return ["no overview"];
          const covers = [".legend", ".details"].flatMap((sel) =>
            [...document.querySelectorAll(sel)].map((el) => ({ sel, r: el.getBoundingClientRect() })),
          );
          const out: string[] = [];
          const check = (name: string, r: DOMRect) => {
            if (
              r.left < box.left + margin ||
              r.right > box.right - margin ||
              r.top < box.top + margin ||
              r.bottom > box.bottom - margin
            )
              out.push(`${name} is within ${margin} px of the edge`);
            for (const c of covers)
              if (
                r.right > c.r.left - margin &&
                r.left < c.r.right + margin &&
                r.bottom > c.r.top - margin &&
                r.top < c.r.bottom + margin
              )
                out.push(`${name} is under or near ${c.sel}`);
          };
          const line = document.querySelector(`.static-map path[data-segment-id="${id}"]`);
          if (line) check("the line", line.getBoundingClientRect());
          for (const e of ends) {
            const label = document.querySelector(`.static-map [data-subject-label="${e}"]`);
            if (label) check(`the name of ${e}`, label.getBoundingClientRect());
            else out.push(`no name drawn for ${e}`);
          }
          return out;
        },
        { id, ends: [seg.properties.from, seg.properties.to], margin: 24 },
      );
      if (p.length > 0) problems[id] = p;
    }
    expect(problems).toEqual({});
    // The picture fills the place of the map below the note (in every engine).
    const fill = await app.page.evaluate(() => {
      const box = document.querySelector(".static-map")?.getBoundingClientRect();
      const pic = document.querySelector(".static-map svg")?.getBoundingClientRect();
      return box && pic ? { w: pic.width / box.width, h: pic.height / box.height } : null;
    });
    expect(fill).toEqual({ w: 1, h: 1 });
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
