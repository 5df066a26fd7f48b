// The production build in real Chromium: the map renders, every segment can be clicked where
// it is drawn, the list and layer toggles work, URLs open the right state, nothing leaves the
// machine.
import { describe, expect, it } from "vitest";
import type { OpenOptions } from "./driver.ts";
import { appSession } from "./session.ts";

const session = appSession();
const open = (options?: OpenOptions) => session.open(options);

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
    const segments = await app.segments();
    expect(segments.length).toBeGreaterThanOrEqual(9);
    for (const s of segments) {
      // Let the app frame the segment, then clear the selection and click the line itself.
      await app.goToHash(`#seg=${s.properties.id}`);
      await app.pressKey("Escape");
      expect(await app.detailsTitle()).toBeNull();
      await app.clickSegmentOnMap(s.properties.id);
      expect(await app.detailsTitle(), `click on ${s.properties.id}`).toBe(s.properties.name);
      expect(await app.hash()).toContain(`seg=${s.properties.id}`);
      const quotes = await app.page
        .getByRole("region", { name: "Segment details" })
        .locator("blockquote")
        .count();
      expect(quotes, `quotes for ${s.properties.id}`).toBeGreaterThan(0);
    }
    // 28 segments, each framed then clicked: longer than one page load on a busy machine.
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
