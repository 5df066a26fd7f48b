// The Route region in the built app (Chromium; the same path runs in Firefox and WebKit in
// test/xbrowser/): From and To typed by name, the variants, the chosen one highlighted on the
// map and framed (both ends on screen, beside the sidebar), the URL's route=, axe-core on the
// open region, and Back.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { seriousAxeViolations } from "./axe.ts";
import type { AppDriver } from "./driver.ts";
import { appSession } from "./session.ts";

const session = appSession();

interface RouteHook {
  routeSegments(): { chosen: string[]; others: string[] };
  project(lon: number, lat: number): { x: number; y: number };
}
const routeSegments = (app: AppDriver) =>
  app.page.evaluate(() => (window as unknown as { __corridorMap: RouteHook }).__corridorMap.routeSegments());

describe("a route", () => {
  it("Lianyungang → Istanbul: two or more variants, highlighted and framed, in the URL; Back removes it", async () => {
    const app = await session.open();
    const { page } = app;
    await page.getByRole("button", { name: "Route", exact: true }).click();
    const region = page.getByRole("region", { name: "Route" });
    // Opening the region puts the keyboard in its first place.
    const from = region.getByRole("combobox", { name: "From" });
    await expect.poll(() => from.evaluate((el) => el === document.activeElement)).toBe(true);
    await from.fill("Lianyungang port");
    await region.getByRole("combobox", { name: "To" }).fill("Halkalı (Istanbul)");
    await expect.poll(() => region.getByRole("radio").count()).toBeGreaterThanOrEqual(2);
    expect(await app.hash()).toContain("route=lianyungang~halkali");
    await app.waitForCameraStill();
    await expect.poll(async () => (await routeSegments(app)).chosen.length).toBeGreaterThan(3);
    expect((await routeSegments(app)).others.length).toBeGreaterThan(0);

    // Both ends are framed in the map, clear of the sidebar.
    const ends = await app
      .corridor()
      .then((c) =>
        ["lianyungang", "halkali"].map(
          (id) => c.features.find((f) => f.properties.id === id)?.geometry.coordinates as [number, number],
        ),
      );
    const mapBox = await page.locator('[data-testid="map"]').boundingBox();
    for (const [lon, lat] of ends) {
      const p = await page.evaluate(
        ([x, y]) => (window as unknown as { __corridorMap: RouteHook }).__corridorMap.project(x, y),
        [lon, lat] as const,
      );
      expect(mapBox && p.x > mapBox.x && p.x < mapBox.x + mapBox.width).toBe(true);
      expect(mapBox && p.y > mapBox.y && p.y < mapBox.y + mapBox.height).toBe(true);
    }

    // Another variant by keyboard: the arrow keys move the choice, the highlight follows.
    const before = (await routeSegments(app)).chosen;
    await region.getByRole("radio").first().focus();
    await page.keyboard.press("ArrowDown");
    expect(await region.getByRole("radio").nth(1).isChecked()).toBe(true);
    await app.waitForCameraStill();
    await expect.poll(async () => (await routeSegments(app)).chosen.sort()).not.toEqual(before.sort());
    await page.screenshot({ path: "test-results/route-1280x800.png" });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goBack();
    await expect.poll(() => app.hash()).not.toContain("route=");
    await expect.poll(() => region.count()).toBe(0);
    await app.waitForCameraStill();
    await expect.poll(async () => (await routeSegments(app)).chosen).toEqual([]);
  });

  it("a route link with its variant: the figure (PNG, SVG), the route downloads, Share, print and the embed all carry it", async () => {
    const hash = "#route=lianyungang~halkali&variant=2";
    const app = await session.open({ hash });
    const { page } = app;
    const region = page.getByRole("region", { name: "Route" });
    await expect.poll(() => region.getByRole("radio").nth(1).isChecked()).toBe(true);
    // The link named no view: the route is framed.
    await app.waitForCameraStill();
    await expect.poll(async () => (await routeSegments(app)).chosen.length).toBeGreaterThan(3);

    const svg = await app.exportSvg();
    expect(svg).toContain('id="route-table"');
    expect(svg).toMatch(/<path id="route-chosen"[^>]* d="M/);
    expect(svg).toMatch(/\(2 of \d\)/);
    const dialog = page.getByRole("dialog", { name: "Export" });
    const download = async (name: string | RegExp) => {
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        dialog.getByRole("button", { name }).click(),
      ]);
      return readFileSync(await file.path(), "utf8");
    };
    await dialog.getByRole("radio", { name: /PNG, screen size/ }).check();
    const png = await download("Download figure");
    expect(png.slice(1, 4)).toBe("PNG");
    const geojson = JSON.parse(await download("Route (GeoJSON)"));
    expect(geojson.route.variant).toBe(2);
    expect(geojson.features.length).toBeGreaterThan(3);
    const csv = await download("Route legs (CSV)");
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(geojson.features.length + 1);
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: "Share" }).click();
    const link = await page.getByLabel("Link to this view").inputValue();
    expect(link).toContain("route=lianyungang~halkali&variant=2");
    expect(await page.getByTestId("share-route").textContent()).toContain(
      "Lianyungang port → Halkalı (Istanbul)",
    );
    await page.keyboard.press("Escape");

    // Printing keeps it on one page: the route in the title block and its summary under the map.
    const { pages } = await app.printPdf();
    expect(pages).toBe(1);
    const printed = await page.evaluate(() =>
      [...document.querySelectorAll(".print-only")].map((el) => el.textContent ?? "").join("\n"),
    );
    expect(printed).toMatch(/Route Lianyungang port → Halkalı \(Istanbul\), .*\(2 of \d\)/);
    expect(printed).toContain("Gauge changes");
    await page.emulateMedia({ media: "screen" });

    // The embed of that link shows the route with its summary (variant 2's km).
    const km = await region.locator(".route-details h3").textContent();
    const embed = await session.open({ query: "?embed=1", hash });
    const summary = embed.page.getByRole("region", { name: "Route summary" });
    await expect.poll(() => summary.textContent()).toContain("(2 of");
    expect(km && (await summary.textContent())?.includes(km.split(" ")[0] ?? "?")).toBe(true);
  });
});
