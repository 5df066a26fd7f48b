// A briefing in another language in Chromium, at a projector's 1920 × 1080: `?lang=ru` runs
// through every step of the default tour with the tour's Russian titles and a Russian step
// counter, nothing in the caption cut or overflowing its box (screenshots of every step in
// test-results/present-ru-*.png); the key help in Kazakh fits the screen; a presenter's window
// in Russian turns an audience window opened in English Russian too (the present channel).
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { TourStep } from "../../src/data/schema.ts";
import { captionProblems } from "./framing.ts";
import { appSession } from "./session.ts";

const session = appSession();
const HD = { width: 1920, height: 1080 };

/** Every element in `selector` whose content is wider than its box, or taller than a box that clips, described. */
function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return [`no ${selector}`];
    const out: string[] = [];
    for (const el of [root, ...root.querySelectorAll("*")]) {
      if (el instanceof SVGElement || el.closest(".visually-hidden")) continue;
      if (el.clientWidth === 0 && el.clientHeight === 0) continue;
      // Taller than its box counts where the box clips (a glyph's ascent past a heading's line box
      // that is drawn anyway is not cut); wider counts everywhere, as in overflow.test.ts.
      const clips = getComputedStyle(el).overflowY !== "visible";
      if (el.scrollWidth > el.clientWidth + 1 || (clips && el.scrollHeight > el.clientHeight + 1))
        out.push(
          `${el.tagName.toLowerCase()}.${String(el.className).split(" ")[0]} ${el.scrollWidth}×${el.scrollHeight} > ${el.clientWidth}×${el.clientHeight} "${(el.textContent ?? "").trim().slice(0, 40)}"`,
        );
    }
    return out;
  }, selector);
}

describe("a briefing in Russian and Kazakh", () => {
  it("?lang=ru runs through every step in Russian at 1920 × 1080, nothing cut or overflowing", async () => {
    mkdirSync("test-results", { recursive: true });
    const app = await session.open({ query: "?present=1&lang=ru", viewport: HD });
    const { page } = app;
    const tour: TourStep[] = (await app.corridor()).tour;
    expect(tour.length).toBeGreaterThan(8);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ru");
    const problems: string[] = [];
    for (let i = 0; i < tour.length; i++) {
      const step = tour[i] as TourStep;
      const russian = step.titles?.ru;
      expect(russian, `step ${i + 1} has a Russian title`).toBeTruthy();
      await expect.poll(() => page.locator(".present-title").textContent()).toBe(russian);
      expect(await page.locator(".present-count").textContent()).toBe(`Шаг ${i + 1} из ${tour.length}`);
      // Still Russian at every step: the page's language and no "(in English)" on the title.
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("ru");
      expect(await page.locator(".present-title .in-english").count()).toBe(0);
      for (const p of await captionProblems(page)) problems.push(`step ${i + 1}: ${p}`);
      for (const p of await overflowing(page, ".present-caption")) problems.push(`step ${i + 1}: ${p}`);
      await page.screenshot({ path: `test-results/present-ru-${String(i + 1).padStart(2, "0")}.png` });
      await app.pressKey("ArrowRight");
    }
    expect(problems).toEqual([]);
    // The English quotes of the talking points are marked as English, not translated.
    await app.pressKey("Home");
    await expect.poll(() => page.locator(".present-title").textContent()).toBe(tour[0]?.titles?.ru);
    const quote = page.locator(".present-points [data-quote-lang] q").first();
    expect(await quote.getAttribute("lang")).toBe("en");
    expect(
      await page
        .locator(".present-points [data-quote-lang]")
        .first()
        .evaluate((el) => getComputedStyle(el, "::before").content),
    ).toBe('"EN"');
    await app.close();
  }, 240_000);

  it("the key help in Kazakh lists every key, fits the screen and closes with Esc", async () => {
    const app = await session.open({ query: "?present=1&lang=kk", hash: "#step=3", viewport: HD });
    const { page } = app;
    await page.locator(".present-title").waitFor();
    await app.pressKey("?");
    const help = page.getByRole("dialog", { name: "Пернелер" });
    await help.waitFor();
    expect(await help.textContent()).toContain("Толық экран");
    expect(await help.locator("kbd").count()).toBeGreaterThan(12);
    expect(await overflowing(page, ".key-help")).toEqual([]);
    const box = await help.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= HD.height && box.x + box.width <= HD.width).toBe(true);
    // Its text is at least the caption's size: legible from the back of the room.
    const size = await help.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(26);
    await page.screenshot({ path: "test-results/present-kk-keys.png" });
    await app.pressKey("Escape");
    expect(await help.count()).toBe(0);
    // Esc closed the list; the briefing is still on.
    expect(new URL(page.url()).searchParams.get("present")).toBe("1");
    await app.close();
  }, 90_000);

  it("a presenter's window in Russian makes an audience window opened in English Russian", async () => {
    const audience = await session.open({ query: "?present=1&lang=en", hash: "#step=2", viewport: HD });
    await audience.page.locator(".present-title").waitFor();
    const presenter = await session.openBeside(audience, {
      query: "?present=1&presenter=1&lang=ru",
      hash: "#step=2",
      waitForMap: false,
    });
    await presenter.page.getByRole("heading", { name: "Окно докладчика" }).waitFor();
    await presenter.page.getByRole("button", { name: "Далее" }).first().click();
    const tour: TourStep[] = (await audience.corridor()).tour;
    await expect.poll(() => audience.page.locator(".present-title").textContent()).toBe(tour[2]?.titles?.ru);
    expect(await audience.page.evaluate(() => document.documentElement.lang)).toBe("ru");
    await presenter.close();
    await audience.close();
  }, 90_000);
});
