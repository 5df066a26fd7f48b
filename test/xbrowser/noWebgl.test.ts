// Each engine without WebGL (Firefox headless, WebKit with WebGL switched off): the still SVG
// overview stands in for the map and fills the map area as the map would, countries reaching
// every edge (issue 11: in Firefox it filled about 740 of 980 px), and a line in it selects.
import { describe, expect, it } from "vitest";
import { overviewCoverage } from "./inPage.ts";
import { ENGINES, engineSession } from "./session.ts";

describe.each(ENGINES)("in $name without WebGL", (entry) => {
  const session = engineSession(entry, { webgl: false });

  it.each([
    [1280, 800],
    [1920, 1080],
  ])("at %i×%i the still overview fills the map area", async (width, height) => {
    const app = await session.open({ viewport: { width, height }, waitForMap: false });
    const cover = await app.waitFor("the overview with its countries", overviewCoverage, null, 30_000);
    // No map canvas: the engine really has no WebGL here.
    expect(await app.evaluate(() => document.querySelector(".maplibregl-canvas") === null, null)).toBe(true);
    for (const k of ["x", "y", "width", "height"] as const) expect(cover.svg[k]).toBeCloseTo(cover.map[k], 0);
    expect(cover.land.left).toBeLessThanOrEqual(1);
    expect(cover.land.top).toBeLessThanOrEqual(1);
    expect(cover.land.right).toBeGreaterThanOrEqual(cover.size.width - 1);
    expect(cover.land.bottom).toBeGreaterThanOrEqual(cover.size.height - 1);
    await app.screenshot(`no-webgl-${width}x${height}`);

    // A click on a line in the overview selects it.
    const hit = await app.evaluate(() => {
      for (const path of document.querySelectorAll<SVGPathElement>("[data-hit-segment-id]")) {
        const m = path.getScreenCTM();
        if (!m) continue;
        const p = path.getPointAtLength(path.getTotalLength() / 2);
        const x = m.a * p.x + m.c * p.y + m.e;
        const y = m.b * p.x + m.d * p.y + m.f;
        if (document.elementFromPoint(x, y) === path) return { x, y, id: path.dataset.hitSegmentId ?? "" };
      }
      return null;
    }, null);
    if (!hit) throw new Error("no line in the overview can be clicked");
    await app.page.clickAt(hit.x, hit.y);
    await app.waitFor("the selection in the URL", (id) => location.hash.includes(`seg=${id}`), hit.id);
    expect(await app.detailsTitle()).toBeTruthy();
  });
});
