// Phones and tablets in Chromium with touch: at 375×667 the details are a bottom sheet over the
// map, the lists sit in a drawer, nothing overflows sideways, every control is a 44 px target and
// one finger pans the map; 768×1024 keeps the lists beside the map. Screenshots of each go to
// test-results/ for a reviewer to look at.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { AppDriver, OpenOptions } from "./driver.ts";
import { pickClickPoint } from "./pickClickPoint.ts";
import { appSession } from "./session.ts";

const PHONE = { width: 375, height: 667 };
const TABLET = { width: 768, height: 1024 };
const BTK = "btk-rail-marabda-kars";

const session = appSession({ touch: true });
const open = (viewport: { width: number; height: number }, options: OpenOptions = {}) =>
  session.open({ viewport, ...options });

// Page-side checks as strings: functions compiled for Node may carry helpers the page lacks.

/** Sideways overflow of the page, and of an open dialog inside itself. */
const OVERFLOW = `(() => {
  const d = document.documentElement;
  const dialog = document.querySelector("dialog[open]");
  const r = dialog?.getBoundingClientRect();
  return {
    page: d.scrollWidth - innerWidth,
    dialog: dialog ? dialog.scrollWidth - dialog.clientWidth : 0,
    dialogOutside: r ? Math.max(0, -r.left, r.right - innerWidth) : 0,
  };
})()`;

/**
 * Every rendered interactive element smaller than 44 × 44 CSS px (WCAG 2.5.5). A check box or
 * radio button counts with its label, which toggles it too. Exempt under WCAG 2.5.8's "inline"
 * exception, being links inside a line of text: the "Original" link inside a source's citation
 * sentence (.source-list), the credit links in the map's attribution line, and the links set
 * after a highlighted passage in an article's running text (.mark-links).
 */
const SMALL_TARGETS = `(() => {
  const inline = [".source-list a", ".maplibregl-ctrl-attrib a", ".mark-links a"];
  const interactive = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  const small = [];
  for (const el of document.querySelectorAll(interactive)) {
    if (inline.some((s) => el.matches(s))) continue;
    const target = (el.matches("input[type=checkbox], input[type=radio]") && el.closest("label")) || el;
    const r = target.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (getComputedStyle(target).visibility === "hidden" || target.closest(".visually-hidden")) continue;
    if (r.width < 43.99 || r.height < 43.99) {
      const name = (el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 40);
      small.push(el.tagName.toLowerCase() + "." + String(el.className).split(" ")[0] + ' "' + name + '" ' +
        Math.round(r.width) + "x" + Math.round(r.height));
    }
  }
  return small;
})()`;

async function expectFitsAndTargets(page: Page, state: string) {
  const o = (await page.evaluate(OVERFLOW)) as { page: number; dialog: number; dialogOutside: number };
  expect(o, `sideways overflow: ${state}`).toEqual({ page: 0, dialog: 0, dialogOutside: 0 });
  expect(await page.evaluate(SMALL_TARGETS), `targets under 44 px: ${state}`).toEqual([]);
}

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
};

const sheet = (app: AppDriver) => app.page.getByRole("region", { name: "Segment details" });

/** One finger from one point to another in small steps, as Chromium gets it from a screen. */
async function fingerDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [from] });
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    const point = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [point] });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

/** Where a fixed place (Baku) is drawn on screen: it moves when the map pans. */
const bakuOnScreen = (page: Page) =>
  page.evaluate(
    "(() => { const p = window.__corridorMap.project(49.87, 40.41); return { x: p.x, y: p.y }; })()",
  ) as Promise<{ x: number; y: number }>;

/** Where each vertex of a segment's line is drawn on screen. */
async function segmentOnScreen(app: AppDriver, id: string): Promise<{ x: number; y: number }[]> {
  const feature = (await app.segments()).find((s) => s.properties.id === id);
  if (!feature) throw new Error(`no segment ${id}`);
  const g = feature.geometry;
  const coords =
    g.type === "LineString" ? g.coordinates : g.type === "MultiLineString" ? g.coordinates.flat() : [];
  return app.page.evaluate(
    `${JSON.stringify(coords)}.map(([lon, lat]) => window.__corridorMap.project(lon, lat))`,
  ) as Promise<{ x: number; y: number }[]>;
}

describe("on a phone (375×667, touch)", () => {
  it("shows the map under a compact header, with the lists in a drawer that a choice closes", async () => {
    const app = await open(PHONE);
    const map = await box(app.page, '[data-testid="map"]');
    expect(map.width).toBe(PHONE.width);
    expect(map.height).toBeGreaterThan(PHONE.height * 0.8);
    const segments = app.page.getByRole("navigation", { name: "Segments" });
    expect(await segments.isVisible()).toBe(false);
    await app.page.screenshot({ path: "test-results/phone-375-explore.png" });
    await expectFitsAndTargets(app.page, "explore");
    await app.page.getByRole("button", { name: "Show" }).click();
    await expectFitsAndTargets(app.page, "legend shown");
    await app.page.getByRole("button", { name: "Hide" }).click();

    const list = app.page.getByRole("button", { name: "List", exact: true });
    await list.click();
    expect(await list.getAttribute("aria-expanded")).toBe("true");
    expect(await segments.isVisible()).toBe(true);
    await app.page.screenshot({ path: "test-results/phone-375-list.png" });
    await app.page.getByText(/^Places \(/).click();
    await app.page.getByText("How the date was inferred").first().click();
    await expectFitsAndTargets(app.page, "drawer open, places and a date note unfolded");

    const name = "Baku–Tbilisi–Kars railway: Marabda – Kars";
    await app.chooseInList(name);
    expect(await segments.isVisible()).toBe(false);
    expect(await app.detailsTitle()).toBe(name);
    // Focus follows the choice to the details instead of getting lost with the drawer.
    expect(await app.page.evaluate("document.activeElement?.textContent")).toBe(name);
    // The camera frames the whole segment in the map between the header and the sheet.
    await app.waitForCameraStill();
    const ys = (await segmentOnScreen(app, BTK)).map((p) => p.y);
    expect(Math.max(...ys)).toBeLessThan((await box(app.page, ".panel")).y);
    expect(Math.min(...ys)).toBeGreaterThan((await box(app.page, ".app-header")).height);
    await app.page.screenshot({ path: "test-results/phone-375-selected.png" });
  });

  it("a tap on a line opens the details as a bottom sheet that can be expanded, swiped, collapsed and closed", async () => {
    // Zoomed in on the Caucasus: at the whole corridor's view the lines there lie too close.
    const app = await open(PHONE, { hash: "#map=6/41.5/43.5" });
    const point = await pickClickPoint(app.page, await app.corridor(), BTK);
    if (!point) throw new Error(`${BTK} is not tappable at this view`);
    await app.page.touchscreen.tap(point.x, point.y);
    await expect.poll(() => app.detailsTitle()).toBe("Baku–Tbilisi–Kars railway: Marabda – Kars");
    expect(await app.hash()).toContain(`seg=${BTK}`);
    await app.waitForCameraStill();

    const header = await box(app.page, ".app-header");
    const half = await box(app.page, ".panel");
    // Across the bottom of the screen, with the map visible between it and the header.
    expect(half.x).toBe(0);
    expect(half.width).toBe(PHONE.width);
    expect(half.y + half.height).toBeCloseTo(PHONE.height, 0);
    expect(half.y - (header.y + header.height)).toBeGreaterThan(200);
    // The selected line is framed in the part of the map above the sheet.
    await app.page.screenshot({ path: "test-results/phone-375-tapped.png" });
    await expectFitsAndTargets(app.page, "bottom sheet");

    await app.page.getByRole("button", { name: "Expand details" }).click();
    await expect.poll(() => app.page.locator(".panel").getAttribute("data-sheet")).toBe("full");
    const full = await box(app.page, ".panel");
    expect(full.height).toBeGreaterThan(half.height + 100);
    expect(full.y).toBeGreaterThan(header.y + header.height + 30);
    expect(
      await app.page.getByRole("button", { name: "Collapse details" }).getAttribute("aria-expanded"),
    ).toBe("true");
    await app.page.getByRole("button", { name: "Collapse details" }).click();
    await expect.poll(() => app.page.locator(".panel").getAttribute("data-sheet")).toBe("half");

    // A swipe down on the title bar leaves only the title bar; a swipe up brings the sheet back.
    const title = await box(app.page, ".details-header h2");
    const on = { x: title.x + 20, y: title.y + title.height / 2 };
    await fingerDrag(app.page, on, { x: on.x, y: on.y + 150 });
    await expect.poll(() => app.page.locator(".panel").getAttribute("data-sheet")).toBe("peek");
    const peek = await box(app.page, ".panel");
    expect(peek.height).toBeLessThan(130);
    expect(await app.page.locator(".details-body").isVisible()).toBe(false);
    expect(await app.detailsTitle()).toBe("Baku–Tbilisi–Kars railway: Marabda – Kars");
    const low = await box(app.page, ".details-header h2");
    await fingerDrag(app.page, { x: low.x + 20, y: low.y + 10 }, { x: low.x + 20, y: low.y - 150 });
    await expect.poll(() => app.page.locator(".panel").getAttribute("data-sheet")).toBe("half");

    await app.page.getByRole("button", { name: "Close details" }).click();
    await expect.poll(() => app.detailsTitle()).toBeNull();
    expect(await app.hash()).not.toContain("seg=");
  });

  it("one finger pans the map", async () => {
    const app = await open(PHONE, { hash: "#map=4/41/55" });
    const before = await bakuOnScreen(app.page);
    const map = await box(app.page, '[data-testid="map"]');
    const from = { x: map.x + map.width / 2, y: map.y + map.height / 2 };
    await fingerDrag(app.page, from, { x: from.x - 120, y: from.y + 90 });
    await app.waitForCameraStill();
    const after = await bakuOnScreen(app.page);
    // The map follows the finger: Baku moves left and down by about the drag.
    expect(after.x - before.x).toBeLessThan(-80);
    expect(after.y - before.y).toBeGreaterThan(60);
    await expect.poll(() => app.hash()).not.toContain("map=4/41/55");
  });

  it("nothing overflows and every target is 44 px in the share, export and reader dialogs", async () => {
    const app = await open(PHONE, { hash: `#seg=${BTK}` });
    for (const name of ["Share", "Export"]) {
      await app.page.getByRole("button", { name, exact: true }).click();
      await app.page.getByRole("dialog").waitFor();
      await app.page.screenshot({ path: `test-results/phone-375-${name.toLowerCase()}.png` });
      await expectFitsAndTargets(app.page, `${name} dialog`);
      await app.pressKey("Escape");
      await expect.poll(() => app.page.getByRole("dialog").count()).toBe(0);
    }
    await sheet(app).getByRole("button", { name: "Read in source" }).first().click();
    await expect.poll(() => app.page.getByRole("dialog").locator("mark").count()).toBeGreaterThan(0);
    await app.page.screenshot({ path: "test-results/phone-375-reader.png" });
    await expectFitsAndTargets(app.page, "source reader");
  });

  it("embeds and briefings fit the width, with 44 px targets and step buttons to tap", async () => {
    const embed = await open(PHONE, { query: "?embed=1&height=400" });
    await embed.page.screenshot({ path: "test-results/phone-375-embed.png" });
    await expectFitsAndTargets(embed.page, "embed");

    const present = await open(PHONE, { query: "?present=1" });
    const map = await box(present.page, '[data-testid="map"]');
    expect(map.height).toBeGreaterThan(PHONE.height * 0.4);
    await present.page.screenshot({ path: "test-results/phone-375-present.png" });
    await expectFitsAndTargets(present.page, "present");
    const count = present.page.locator(".present-count");
    expect(await count.textContent()).toMatch(/^Step 1 of/);
    await present.page.getByRole("button", { name: "Next" }).tap();
    await expect.poll(() => count.textContent()).toMatch(/^Step 2 of/);
    await present.page.getByRole("button", { name: "Previous" }).tap();
    await expect.poll(() => count.textContent()).toMatch(/^Step 1 of/);
  });
});

describe("on a tablet (768×1024, touch)", () => {
  it("keeps the lists beside the map and opens the details as a sheet across the map", async () => {
    const app = await open(TABLET);
    const sidebar = await box(app.page, ".sidebar");
    const map = await box(app.page, '[data-testid="map"]');
    expect(sidebar.width).toBeGreaterThan(200);
    expect(map.x).toBeCloseTo(sidebar.x + sidebar.width, 0);
    expect(map.x + map.width).toBeCloseTo(TABLET.width, 0);
    // One header row for the title and the buttons, the subtitle under them.
    const title = await box(app.page, ".app-header h1");
    const share = await box(app.page, ".app-actions button");
    expect(Math.abs(title.y + title.height / 2 - (share.y + share.height / 2))).toBeLessThan(12);
    await app.page.screenshot({ path: "test-results/tablet-768-explore.png" });
    await expectFitsAndTargets(app.page, "tablet explore");

    await app.chooseInList("Baku–Tbilisi–Kars railway: Marabda – Kars");
    await expect.poll(() => app.detailsTitle()).toBe("Baku–Tbilisi–Kars railway: Marabda – Kars");
    await app.waitForCameraStill();
    const panel = await box(app.page, ".panel");
    expect(panel.x).toBeCloseTo(map.x, 0);
    expect(panel.width).toBeCloseTo(map.width, 0);
    expect(panel.y + panel.height).toBeCloseTo(TABLET.height, 0);
    expect(panel.y).toBeGreaterThan(map.y + map.height * 0.4);
    await app.page.screenshot({ path: "test-results/tablet-768-selected.png" });
    await expectFitsAndTargets(app.page, "tablet sheet");
  });

  it("embeds and briefings fit the width", async () => {
    const embed = await open(TABLET, { query: "?embed=1" });
    await embed.page.screenshot({ path: "test-results/tablet-768-embed.png" });
    await expectFitsAndTargets(embed.page, "tablet embed");
    const present = await open(TABLET, { query: "?present=1" });
    await present.page.screenshot({ path: "test-results/tablet-768-present.png" });
    await expectFitsAndTargets(present.page, "tablet present");
  });
});
