// The map's labels in the reader's language, in Chromium: `?lang=ru`, `?lang=kk` and `?lang=az`
// name the corridor's places and the basemap's countries, seas and cities in that language, with
// MapLibre's own buttons too, and Russian names (longer than English ones) overlap no corridor
// name; the header's menu relabels the map in place; `?lang=zh` draws with the Chinese subset
// (fonts/cjk/), which no other language fetches. Screenshots in test-results/map-<lang>-*.png.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { labelOverlapsInPage } from "./basemapViews.ts";
import { appSession } from "./session.ts";

const session = appSession();

const KAZAKHSTAN_Z4 = "#map=4/45/68";
const CAUCASUS_Z6 = "#map=6/41.5/45";

type Hook = {
  whenIdle(): Promise<void>;
  labelTexts(): Record<string, string[]>;
  controlTexts(): string[];
};

/** Every label text drawn now, once the map has nothing left to place. */
async function drawnTexts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const hook = (window as unknown as { __corridorMap: Hook }).__corridorMap;
    await hook.whenIdle();
    return Object.values(hook.labelTexts()).flat();
  });
}

const controlTexts = (page: Page) =>
  page.evaluate(() => (window as unknown as { __corridorMap: Hook }).__corridorMap.controlTexts());

const cases = [
  {
    lang: "ru",
    kazakhstan: "КАЗАХСТАН",
    baku: "Баку",
    more: ["Каспийское море", "Тбилиси"],
    zoomIn: "Приблизить",
  },
  {
    lang: "kk",
    kazakhstan: "ҚАЗАҚСТАН",
    baku: "Баку",
    more: ["Каспий теңізі", "Тбилиси"],
    zoomIn: "Жақындату",
  },
  {
    lang: "az",
    kazakhstan: "QAZAXISTAN",
    baku: "Bakı",
    more: ["Xəzər dənizi", "Tbilisi"],
    zoomIn: "Yaxınlaşdır",
  },
] as const;

describe("the map's labels in the reader's language, in Chromium", () => {
  it.each(cases)(
    "?lang=$lang names places, countries and seas in it",
    async (c) => {
      const app = await session.open({ query: `?lang=${c.lang}`, hash: KAZAKHSTAN_Z4 });
      const { page } = app;
      const wide = await drawnTexts(page);
      await page.screenshot({ path: `test-results/map-${c.lang}-kazakhstan-z4.png` });
      expect(wide).toContain(c.kazakhstan);
      expect(wide).not.toContain("KAZAKHSTAN");

      await app.goToHash(CAUCASUS_Z6);
      const close = await drawnTexts(page);
      await page.screenshot({ path: `test-results/map-${c.lang}-caucasus-z6.png` });
      expect(close).toContain(c.baku);
      for (const name of c.more) expect(close).toContain(name);
      expect(close).not.toContain("Caspian Sea");
      expect(await controlTexts(page)).toContain(c.zoomIn);
    },
    120_000,
  );

  it("Russian names, longer than English ones, are drawn over no corridor name", async () => {
    const app = await session.open({ query: "?lang=ru" });
    for (const [name, hash] of [
      ["overview", ""],
      ["caucasus-z6", CAUCASUS_Z6],
      ["kazakhstan-z6", "#map=6/43.6/69.5"],
    ] as const) {
      if (hash) await app.goToHash(hash);
      const report = await app.page.evaluate(labelOverlapsInPage);
      await app.page.screenshot({ path: `test-results/map-ru-overlaps-${name}.png` });
      expect(report.overlaps, name).toEqual([]);
      expect(report.corridorLabels.length, name).toBeGreaterThan(0);
      expect(report.basemapLabels.length, name).toBeGreaterThan(0);
    }
  }, 120_000);

  it("the header's menu relabels the map in place", async () => {
    const app = await session.open({ query: "?lang=ru", hash: KAZAKHSTAN_Z4 });
    const { page } = app;
    expect(await drawnTexts(page)).toContain("КАЗАХСТАН");
    await page.getByRole("combobox", { name: "Язык" }).selectOption("az");
    await expect.poll(() => drawnTexts(page), { timeout: 20_000 }).toContain("QAZAXISTAN");
    expect(await drawnTexts(page)).not.toContain("КАЗАХСТАН");
    await expect.poll(() => controlTexts(page)).toContain("Yaxınlaşdır");
    await page.screenshot({ path: "test-results/map-az-after-menu.png" });
  }, 120_000);

  it("?lang=zh draws the labels with the Chinese subset, which other languages never fetch", async () => {
    const cjkRequests = (page: Page) => {
      const urls: string[] = [];
      page.on("request", (r) => {
        if (r.url().includes("/fonts/cjk/")) urls.push(r.url());
      });
      return urls;
    };
    const ru = await session.open({ query: "?lang=ru", hash: KAZAKHSTAN_Z4 });
    const ruFetched = cjkRequests(ru.page);
    await drawnTexts(ru.page);
    expect(ruFetched).toEqual([]);

    const app = await session.open({ query: "?lang=zh", hash: KAZAKHSTAN_Z4 });
    const fetched = cjkRequests(app.page);
    await app.page.reload();
    await app.page.waitForSelector('[data-ready="true"]');
    const texts = await drawnTexts(app.page);
    expect(texts).toContain("哈萨克斯坦");
    expect(texts).toContain("库雷克"); // Port Kuryk, a corridor place, by its short label (labels.zh)
    await app.page.evaluate(() => document.fonts.ready);
    expect(fetched.length).toBeGreaterThan(0);
    await app.page.screenshot({ path: "test-results/map-zh-kazakhstan-z4.png" });
  }, 120_000);
});
