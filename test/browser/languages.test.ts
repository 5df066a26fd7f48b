// Issue 19's browser check in Chromium (test/xbrowser/languages.test.ts does it in Firefox and
// WebKit): `?lang=ru`, `?lang=kk` and `?lang=az` show the interface, the legend, the details,
// the dialogs and the map's labels in that language, at 375 and 1280 px, with no text
// overflowing, no English left unmarked (languageInPage.ts) and nothing serious for axe.
// Screenshots: test-results/lang-<lang>-<width>.png.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Catalogue } from "../../src/i18n/catalogue.ts";
import az from "../../src/i18n/catalogues/az.ts";
import kk from "../../src/i18n/catalogues/kk.ts";
import ru from "../../src/i18n/catalogues/ru.ts";
import { seriousAxeViolations } from "./axe.ts";
import { OVERFLOWING, UNMARKED_ENGLISH } from "./languageInPage.ts";
import { appSession } from "./session.ts";

const session = appSession();

const LANGS = [
  ["ru", ru],
  ["kk", kk],
  ["az", az],
] as const satisfies readonly (readonly [string, Catalogue])[];

const BTK = "btk-rail-marabda-kars";

/** What a reader of `lang` should not meet in `root`: English left unmarked, text wider than its box. */
async function problemsIn(page: Page, lang: string, root = "document.body"): Promise<string[]> {
  const english = (await page.evaluate(`${UNMARKED_ENGLISH}(${JSON.stringify(lang)})`)) as string[];
  const overflowing = (await page.evaluate(`${OVERFLOWING}(${root})`)) as string[];
  return [...english.map((e) => `English: ${e}`), ...overflowing.map((o) => `overflows: ${o}`)];
}

describe.each(LANGS)("?lang=%s in Chromium", (lang, cat) => {
  it("at 1280 px: the header, legend, details, Share and Export in the language; nothing overflows; axe finds nothing serious", async () => {
    const app = await session.open({ query: `?lang=${lang}`, hash: `#seg=${BTK}` });
    const { page } = app;
    const btk = (await app.segments()).find((s) => s.properties.id === BTK);
    const name = (btk?.properties.names as Record<string, string> | undefined)?.[lang];
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.title()).toContain(cat["app.title"]);
    expect(await page.getByRole("region", { name: cat["details.segment"] }).locator("h2").textContent()).toBe(
      name,
    );
    const legend = page.getByRole("complementary", { name: cat["legend.region"] });
    expect(await legend.textContent()).toContain(cat["kind.rail"]);
    expect(await problemsIn(page, lang)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/lang-${lang}-1280.png` });

    for (const button of [cat["app.share"], cat["app.export"]]) {
      await page.getByRole("button", { name: button, exact: true }).click();
      await page.locator("dialog[open]").waitFor();
      expect(await problemsIn(page, lang, 'document.querySelector("dialog[open]")'), button).toEqual([]);
      expect(await seriousAxeViolations(page), button).toEqual([]);
      await page.keyboard.press("Escape");
      await page.locator("dialog[open]").waitFor({ state: "detached" });
    }
  });

  it("at 375 px: the details and the list drawer in the language; nothing overflows", async () => {
    const app = await session.open({
      query: `?lang=${lang}`,
      hash: `#seg=${BTK}`,
      viewport: { width: 375, height: 667 },
      touch: true,
    });
    const { page } = app;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await problemsIn(page, lang)).toEqual([]);
    await page.screenshot({ path: `test-results/lang-${lang}-375.png` });
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: cat["app.list"], exact: true }).click();
    expect(await problemsIn(page, lang)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/lang-${lang}-375-list.png` });
  });
});
