// Search in Chromium, by keyboard only: `/` (or Ctrl+K) focuses the searchbox, typing as on an
// English keyboard finds the place, Enter opens its details and the address names it; axe finds
// nothing serious with the results open; on a 375 px phone the box heads the list drawer.
// Screenshots go to test-results/.
import { describe, expect, it } from "vitest";
import { seriousAxeViolations } from "./axe.ts";
import type { AppDriver } from "./driver.ts";
import { appSession } from "./session.ts";

const session = appSession();

const activeOptionText = (app: AppDriver) =>
  app.page.evaluate(() => {
    const id = document.activeElement?.getAttribute("aria-activedescendant");
    return id ? (document.getElementById(id)?.textContent ?? null) : null;
  });

describe("search in Chromium", () => {
  it("/ then typing finds a place; Enter shows its details and the URL names it", async () => {
    const app = await session.open();
    await app.pressKey("/");
    const box = app.page.getByRole("searchbox", { name: "Search" });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await app.page.keyboard.type("Halkali", { delay: 30 });
    const listbox = app.page.getByRole("listbox", { name: "Search results" });
    await listbox.waitFor();
    expect(
      await listbox.getByRole("group", { name: "Places" }).getByRole("option").first().textContent(),
    ).toContain("Halkalı (Istanbul)");
    expect(await activeOptionText(app)).toContain("Halkalı (Istanbul)");
    // The searchbox driving a grouped listbox passes axe as it stands open.
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await app.page.screenshot({ path: "test-results/search-desktop.png" });
    await app.pressKey("Enter");
    const place = app.page.getByRole("region", { name: "Place details" });
    await place.waitFor();
    expect(await place.locator("h2").textContent()).toBe("Halkalı (Istanbul)");
    expect(await app.hash()).toContain("node=halkali");
    await expect.poll(() => listbox.count()).toBe(0);
  });

  it("Ctrl+K, arrows to a segment, Enter frames it and opens its details", async () => {
    const app = await session.open();
    await app.pressKey("Control+k");
    await app.page.keyboard.type("kesik", { delay: 30 });
    const segments = app.page.getByRole("group", { name: "Segments" }).getByRole("option");
    await segments.first().waitFor();
    const name = (await segments.first().locator(".search-result-title").textContent()) ?? "";
    expect(name).toContain("Böyük Kəsik");
    // Down past the place(s) to the first segment.
    const places = await app.page.getByRole("group", { name: "Places" }).getByRole("option").count();
    for (let i = 0; i < places; i++) await app.pressKey("ArrowDown");
    expect(await activeOptionText(app)).toContain(name);
    await app.pressKey("Enter");
    await expect.poll(() => app.detailsTitle()).toBe(name);
    await app.waitForCameraStill();
    expect(await app.hash()).toMatch(/seg=[a-z-]+kasik/);
  });

  it("an annotation found by its quote opens its place's details with that annotation in view", async () => {
    // A short window, so the annotation (Dostyk's last) starts below the panel's fold.
    const app = await session.open({ viewport: { width: 1280, height: 520 } });
    await app.pressKey("/");
    await app.page.keyboard.type("multitude of specific", { delay: 20 });
    const found = app.page.getByRole("group", { name: "Annotations" }).getByRole("option").first();
    await found.waitFor();
    const where = (await found.locator(".search-result-title").textContent()) ?? "";
    const id = (await found.getAttribute("data-key"))?.replace(/^annotation:/, "") ?? "";
    await app.pressKey("Enter");
    await expect.poll(() => app.page.locator(".details h2").textContent()).toBe(where);
    // That annotation is scrolled into the panel's visible part.
    const inView = () =>
      app.page.evaluate((annotationId) => {
        const el = document.querySelector(`.details [data-annotation-id="${annotationId}"]`);
        // The panel's scrolling box: the nearest ancestor that scrolls.
        let box = el?.parentElement ?? null;
        while (box && !/auto|scroll/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
        if (!el || !box) return false;
        const [r, b] = [el.getBoundingClientRect(), box.getBoundingClientRect()];
        return r.top >= b.top - 1 && r.top < b.bottom && (el.textContent ?? "").includes("multitude");
      }, id);
    await expect.poll(inView, { timeout: 5000 }).toBe(true);
  });

  it("on a 375 px phone the searchbox heads the list drawer and chooses from there", async () => {
    const app = await session.open({ viewport: { width: 375, height: 812 }, touch: true });
    await app.pressKey("/");
    const box = app.page.getByRole("searchbox", { name: "Search" });
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(await app.page.locator(".sidebar").getAttribute("data-drawer")).toBe("open");
    expect(await box.evaluate((el) => el.closest(".sidebar") !== null)).toBe(true);
    await app.page.keyboard.type("Constanta", { delay: 30 });
    await app.page.getByRole("listbox", { name: "Search results" }).waitFor();
    const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await app.page.screenshot({ path: "test-results/search-phone.png" });
    await app.pressKey("Enter");
    await app.page.getByRole("region", { name: "Place details" }).waitFor();
    expect(await app.hash()).toContain("node=constanta");
    // The choice closed the drawer, so the map and the sheet show it.
    expect(await app.page.locator(".sidebar").getAttribute("data-drawer")).toBe("closed");
  });
});
