// Text stays inside its panel (issue 11): at 375, 768, 1280 and 1920 px wide, the details of every
// segment and every place, the Share, Export and reader dialogs and the briefing's caption have
// no element whose content is wider than its box (scrollWidth > clientWidth), the panel included.
// One page per width; the selections are made inside it through the URL hash, as a link would.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ARTICLE } from "./editorFixture.ts";
import { OVERFLOWING } from "./languageInPage.ts";
import { appSession } from "./session.ts";

/**
 * `walk`: every selection's details, or only the one with the longest reference URL. From 1024 px
 * on the details panel is 380 px at any width (base.css `--panel-w`, no desktop media query), so
 * the walk at 1920 px covers 1280 px's panel; 1280 px still checks that panel, the dialogs, the
 * reader and the editor, whose widths follow the window's.
 */
const WIDTHS = [
  { width: 375, height: 667, touch: true, walk: true },
  { width: 768, height: 1024, touch: true, walk: true },
  { width: 1280, height: 800, touch: false, walk: false },
  { width: 1920, height: 1080, touch: false, walk: true },
];

const session = appSession();

/** The app has loaded its data and made the map's box (whose picture is hidden: attached will do). */
const LOADED = { state: "attached", timeout: 60_000 } as const;

/** The segment whose details carry the longest reference URL. */
const LONG_URL_SEGMENT = "caspian-fiber-aktau-sumgait";

/** About 90 selections on a software-rendered map, on a shared 2-core machine: room to spare. */
const SELECTIONS_TIMEOUT_MS = 150_000;

// Page-side code as strings: functions compiled for Node may carry helpers the page lacks.

/**
 * Selects each segment and place by the URL hash (or only the segment `only`) and collects what
 * overflows its details panel.
 */
const selectionsWalk = (only: string | null) => `(async () => {
  const overflowing = ${OVERFLOWING};
  const only = ${JSON.stringify(only)};
  const all = await (await fetch("corridor.geojson")).json();
  const c = { features: all.features.filter((f) => only === null || f.properties.id === only) };
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const problems = [];
  let checked = 0;
  for (const f of c.features) {
    const p = f.properties;
    const key = p.featureType === "segment" ? "seg" : "node";
    const label = p.featureType === "segment" ? "Segment details" : "Place details";
    // The same camera every time, so the map does not fly (and redraw) between selections.
    location.hash = "map=5/42/55&" + key + "=" + p.id;
    let region = null;
    for (let i = 0; i < 200; i++) {
      await frame();
      region = document.querySelector('[aria-label="' + label + '"]');
      if (region && region.querySelector("h2")?.textContent === p.name) break;
      region = null;
    }
    if (!region) {
      problems.push(p.id + ": details did not open");
      continue;
    }
    const panel = region.closest(".panel") || region;
    for (const o of overflowing(panel)) problems.push(p.id + ": " + o);
    checked++;
  }
  return { checked, total: c.features.length, problems };
})()`;

/** Steps through the briefing by the URL hash and collects what overflows its caption. */
const EVERY_STEP = `(async () => {
  const overflowing = ${OVERFLOWING};
  const c = await (await fetch("corridor.geojson")).json();
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const problems = [];
  let checked = 0;
  for (let n = 1; n <= c.tour.length; n++) {
    location.hash = "step=" + n;
    let shown = false;
    for (let i = 0; i < 200 && !shown; i++) {
      await frame();
      shown = document.querySelector(".present-count")?.textContent?.startsWith("Step " + n + " of") ?? false;
    }
    if (!shown) {
      problems.push("step " + n + ": not shown");
      continue;
    }
    for (const o of overflowing(document.querySelector(".present-caption"))) problems.push("step " + n + ": " + o);
    checked++;
  }
  return { checked, total: c.tour.length, problems };
})()`;

async function overflowIn(page: Page, selector: string): Promise<string[]> {
  await page.locator(selector).first().waitFor();
  return (await page.evaluate(
    `${OVERFLOWING}(document.querySelector(${JSON.stringify(selector)}))`,
  )) as string[];
}

/**
 * The app without waiting for the map to draw, and without its picture: neither plays a part in
 * the layout of panels, dialogs and captions, and on a shared machine with software WebGL each
 * frame waited for would otherwise be a WebGL frame read back for the screen.
 */
async function openWithoutMapPicture(
  viewport: { width: number; height: number },
  touch: boolean,
  query = "",
): Promise<Page> {
  const app = await session.open({ viewport, touch, query, waitForMap: false });
  await app.page.addStyleTag({ content: ".maplibregl-canvas { display: none; }" });
  return app.page;
}

describe("no text leaves its panel", () => {
  for (const { width, height, touch, walk } of WIDTHS) {
    it(
      `at ${width} px: ${walk ? "every segment's and place's details" : "the details with the longest reference URL"}, the dialogs and the reader`,
      async () => {
        const page = await openWithoutMapPicture({ width, height }, touch);
        await page.locator('[data-testid="map"]').waitFor(LOADED);
        const r = (await page.evaluate(selectionsWalk(walk ? null : LONG_URL_SEGMENT))) as {
          checked: number;
          total: number;
          problems: string[];
        };
        expect(r.problems).toEqual([]);
        expect(r.checked).toBe(r.total);
        expect(r.total).toBeGreaterThan(walk ? 80 : 0);

        // The reader, from the first annotation of the segment with the long reference URL.
        await page.evaluate((id) => {
          location.hash = `map=5/42/55&seg=${id}`;
        }, LONG_URL_SEGMENT);
        await page.locator("h2", { hasText: "Trans-Caspian fibre-optic cable" }).waitFor();
        await page.getByRole("button", { name: "Read in source" }).first().click();
        expect(await overflowIn(page, "dialog[open]"), "reader").toEqual([]);
        await page.keyboard.press("Escape");
        await page.locator("dialog[open]").waitFor({ state: "detached" });

        for (const name of ["Share", "Export"]) {
          await page.getByRole("button", { name, exact: true }).click();
          expect(await overflowIn(page, "dialog[open]"), name).toEqual([]);
          await page.keyboard.press("Escape");
          await page.locator("dialog[open]").waitFor({ state: "detached" });
        }

        // The editor, with an article and an annotation in it (on phones it opens from the drawer).
        if (width <= 640) await page.getByRole("button", { name: "List", exact: true }).click();
        await page.getByRole("button", { name: "Add a source" }).click();
        const editor = page.getByRole("dialog", { name: "Add a source" });
        await editor.getByLabel("Article text", { exact: true }).fill(ARTICLE);
        await editor
          .getByRole("textbox", { name: "Address (URL)" })
          .fill(`https://example.org/${"long-path/".repeat(12)}`);
        await editor.getByRole("button", { name: "Add an annotation" }).click();
        expect(await overflowIn(page, ".editor-panel"), "editor").toEqual([]);
      },
      SELECTIONS_TIMEOUT_MS,
    );
  }

  for (const { width, height, touch } of WIDTHS) {
    it(
      `at ${width} px: the briefing's caption at every step`,
      async () => {
        const page = await openWithoutMapPicture({ width, height }, touch, "?present=1");
        await page.locator(".present-caption").waitFor(LOADED);
        const r = (await page.evaluate(EVERY_STEP)) as { checked: number; total: number; problems: string[] };
        expect(r.problems).toEqual([]);
        expect(r.checked).toBe(r.total);
        expect(r.total).toBeGreaterThan(5);
      },
      SELECTIONS_TIMEOUT_MS,
    );
  }
});
