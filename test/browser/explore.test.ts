// The production build in real Chromium: the map renders, every segment can be clicked where
// it is drawn, the list and layer toggles work, URLs open the right state, nothing leaves the
// machine.
import { describe, expect, it } from "vitest";
import type { SegmentFeature } from "../../src/data/corridorTypes.ts";
import type { Px } from "../../src/map/screenGeometry.ts";
import type { OpenOptions } from "./driver.ts";
import { pickClickPoint, pickOnScreen, projectCorridor } from "./pickClickPoint.ts";
import { appSession } from "./session.ts";

const session = appSession();
const open = (options?: OpenOptions) => session.open(options);

/** Views from which most lines can be clicked: the whole corridor, then closer in on the crowded parts. */
const CLICK_VIEWS = [
  "#map=4/42/60",
  "#map=6/43.6/51",
  "#map=6/41.5/45",
  "#map=7/41.2/42",
  "#map=7/41/29.5",
  "#map=5/40/100",
  "#map=7/41.7/44.6",
];

describe("explore mode in Chromium", () => {
  it("draws a real map: land, water, the corridor and labels", async () => {
    const app = await open();
    const stats = await app.mapPixelStats();
    expect(stats.distinctColours).toBeGreaterThan(40);
    expect(stats.corridorPixels).toBeGreaterThan(150);
    expect(stats.landPixels).toBeGreaterThan(5_000);
    await app.page.screenshot({ path: "test-results/explore-1280x800.png" });
  });

  it("selects every segment when its drawn line is clicked, and puts it in the URL", async () => {
    const app = await open();
    const corridor = await app.corridor();
    const segments = await app.segments();
    expect(segments.length).toBeGreaterThanOrEqual(9);
    const clickAndCheck = async (s: SegmentFeature, at: Px) => {
      await app.page.mouse.click(at.x, at.y);
      expect(await app.detailsTitle(), `click on ${s.properties.id}`).toBe(s.properties.name);
      expect(await app.hash()).toContain(`seg=${s.properties.id}`);
      const quotes = await app.page
        .getByRole("region", { name: "Segment details" })
        .locator("blockquote")
        .count();
      expect(quotes, `quotes for ${s.properties.id}`).toBeGreaterThan(0);
      // A click keeps the camera (INTENT.pick) and Esc closes the panel, so the view is as before.
      await app.pressKey("Escape");
      expect(await app.detailsTitle()).toBeNull();
    };
    // Most lines can be clicked from a few views; each view is drawn once for all of them.
    const left = new Map(segments.map((s) => [s.properties.id, s]));
    for (const view of CLICK_VIEWS) {
      await app.goToHash(view);
      // Every tile of the new view loaded and drawn, so a click finds the line under it.
      await app.page.evaluate(() =>
        (window as unknown as { __corridorMap: { whenIdle(): Promise<void> } }).__corridorMap.whenIdle(),
      );
      const projected = await projectCorridor(app.page, corridor);
      for (const s of [...left.values()]) {
        const at = pickOnScreen(projected, s.properties.id);
        if (!at) continue;
        await clickAndCheck(s, at);
        left.delete(s.properties.id);
      }
    }
    // The rest (short lines among others): let the app frame each, then click the line itself.
    for (const s of left.values()) {
      await app.goToHash(`#seg=${s.properties.id}`);
      await app.pressKey("Escape");
      const at = await pickClickPoint(app.page, corridor, s.properties.id);
      if (!at) throw new Error(`segment ${s.properties.id} is not visible anywhere clickable on the map`);
      await clickAndCheck(s, at);
    }
  }, 180_000);

  it("a click on a place opens its details, with its sourced content", async () => {
    const app = await open({ hash: "#map=6/44.5/51.5" });
    const corridor = await app.corridor();
    const aktau = corridor.features.find((f) => f.properties.id === "aktau-port");
    if (aktau?.geometry.type !== "Point") throw new Error("no Aktau port in the data");
    const [lon = 0, lat = 0] = aktau.geometry.coordinates;
    const at = await app.page.evaluate(
      ([x, y]) =>
        (
          window as unknown as { __corridorMap: { project(a: number, b: number): { x: number; y: number } } }
        ).__corridorMap.project(x, y),
      [lon, lat] as const,
    );
    await app.page.mouse.click(at.x, at.y);
    const place = app.page.getByRole("region", { name: "Place details" });
    expect(await place.locator("h2").textContent()).toBe(aktau.properties.name);
    expect(await place.locator("blockquote").count()).toBeGreaterThan(0);
    expect(await app.hash()).toContain("node=aktau-port");
  });

  it("a click on empty map clears the selection", async () => {
    const app = await open({ hash: "#seg=kz-rail-dostyk-beyneu" });
    expect(await app.detailsTitle()).not.toBeNull();
    await app.clickEmptyMap();
    expect(await app.detailsTitle()).toBeNull();
    expect(await app.hash()).not.toContain("seg=");
  });

  it("the list reaches every segment and opens its details", async () => {
    const app = await open();
    const segments = await app.segments();
    const names = await app.listButtonNames();
    for (const s of segments) {
      expect(names.some((n) => n.startsWith(s.properties.name))).toBe(true);
    }
    const target = segments[Math.floor(segments.length / 2)];
    if (!target) throw new Error("no segments");
    await app.chooseInList(target.properties.name);
    await app.waitForCameraStill();
    expect(await app.detailsTitle()).toBe(target.properties.name);
    expect(await app.hash()).toContain(`seg=${target.properties.id}`);
  });

  it("a layer toggle hides the group's lines and list entries", async () => {
    const app = await open();
    const fiber = (await app.segments()).find((s) => s.properties.kind === "fiber");
    if (!fiber) throw new Error("no fiber segment in the data");
    await app.goToHash(`#seg=${fiber.properties.id}`);
    await app.pressKey("Escape");
    await app.toggleLayer("Telecom");
    expect((await app.listButtonNames()).some((n) => n.startsWith(fiber.properties.name))).toBe(false);
    expect(await app.hash()).toContain("layers=transport,energy,trade");
    await app.clickSegmentOnMap(fiber.properties.id);
    expect(await app.detailsTitle()).not.toBe(fiber.properties.name);
  });

  it("opens the segment named in the URL, and Back and Forward move between selections", async () => {
    const app = await open({ hash: "#seg=btk-rail-marabda-kars" });
    const segments = await app.segments();
    const btk = segments.find((s) => s.properties.id === "btk-rail-marabda-kars");
    const other = segments.find((s) => s.properties.kind === "sea");
    if (!btk || !other) throw new Error("data lacks BTK or a sea segment");
    expect(await app.detailsTitle()).toBe(btk.properties.name);
    await app.chooseInList(other.properties.name);
    expect(await app.detailsTitle()).toBe(other.properties.name);
    await app.page.goBack();
    await expect.poll(() => app.detailsTitle()).toBe(btk.properties.name);
    await app.page.goForward();
    await expect.poll(() => app.detailsTitle()).toBe(other.properties.name);
    await app.waitForCameraStill();
  });

  it("a malformed URL shows the default view without errors", async () => {
    const app = await open({ hash: "#map=zz/99/abc&seg=%3Cscript%3E&layers=bogus" });
    expect(await app.detailsTitle()).toBeNull();
    await expect(app.page.getByRole("region", { name: "Corridor overview" }).count()).resolves.toBe(1);
    expect(await app.hash()).toMatch(/^#map=[\d.]+\/[\d.-]+\/[\d.-]+$/);
  });
});
