// Issue 19 in Firefox and WebKit, as test/browser/languages.test.ts does it in Chromium: the
// interface, the legend and the details in Russian, Kazakh and Azerbaijani at 375 and 1280 px,
// with nothing overflowing, no English left unmarked and nothing serious for axe (screenshots
// test-results/xbrowser-<engine>-lang-<lang>-<width>.png); the map's labels in the language;
// a briefing in Russian and a figure in Turkish.
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
/** One page per language and width (WebKit's driver holds one session at a time). */
const PAGES = LANGS.flatMap(([lang, cat]) => WIDTHS.map((viewport) => ({ lang, cat, viewport })));

/** The text of the first element matching `selector`, or null. */
function textIn(selector: string): string | null {
  return document.querySelector(selector)?.textContent ?? null;
}

/** The map's drawn label texts once it is idle (the automation hook, src/map/automationHook.ts). */
async function mapLabels(): Promise<string[]> {
  const hook = (
    window as unknown as {
      __corridorMap?: { whenIdle(): Promise<void>; labelTexts(): Record<string, string[]> };
    }
  ).__corridorMap;
  if (!hook) return [];
  await hook.whenIdle();
  return Object.values(hook.labelTexts()).flat();
}

describe.each(ENGINES)("in $name", (entry) => {
  const session = engineSession(entry);

  it.each(PAGES)(
    "?lang=$lang at $viewport.width px: interface, legend, details and map labels; nothing overflows",
    async ({ lang, cat, viewport }) => {
      {
        const app = await session.open({ query: `?lang=${lang}`, hash: `#seg=${BTK}`, viewport });
        const names = (id: string) =>
          app
            .corridor()
            .then(
              (c) =>
                (
                  c.features.find((f) => f.properties.id === id)?.properties.names as
                    | Record<string, string>
                    | undefined
                )?.[lang],
            );
        const name = await names(BTK);
        expect(name).toBeTruthy();
        expect(await app.evaluate(() => document.documentElement.lang, null)).toBe(lang);
        const title = `[aria-label="${cat["details.segment"]}"] h2`;
        expect(await app.until(() => app.evaluate(textIn, title), name)).toBe(name);
        const seen = await app.evaluate(
          () => ({ title: document.title, text: document.body.textContent }),
          null,
        );
        expect(seen.title).toContain(cat["app.title"]);
        if (viewport.width > 640) {
          expect(seen.text).toContain(cat["legend.heading"]);
          expect(seen.text).toContain(cat["kind.rail"]);
          // The map names the corridor's places in the language (Kars, Tbilisi… in view).
          const labels = await app.evaluate(mapLabels, null);
          expect(labels.length).toBeGreaterThan(0);
          const tbilisi = await names("tbilisi");
          if (tbilisi) expect(labels.some((l) => l.includes(tbilisi.split(" ")[0] ?? ""))).toBe(true);
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

  it("a briefing runs in Russian: each step's title and counter", async () => {
    const app = await session.open({ query: "?present=1&lang=ru", viewport: { width: 1920, height: 1080 } });
    const tour = (await app.corridor()).tour as { title: string; titles?: Record<string, string> }[];
    for (let i = 0; i < 3; i++) {
      const want = tour[i]?.titles?.ru ?? "";
      expect(want).not.toBe("");
      expect(await app.until(() => app.text(".present-title"), want)).toBe(want);
      expect(await app.text(".present-count")).toBe(`Шаг ${i + 1} из ${tour.length}`);
      if (i < 2) await app.press("ArrowRight");
    }
    expect(await app.page.runScript<string[]>(`return ${UNMARKED_ENGLISH}("ru");`)).toEqual([]);
    await app.screenshot("present-ru");
  });

  it("a figure exports in Turkish: the SVG says tr and has the Turkish legend", async () => {
    const app = await session.open({ query: "?lang=tr" });
    const svg = await app.exportFigure("SVG", { export: tr["app.export"], download: tr["export.download"] });
    const parsed = await app.evaluate((b64) => {
      const text = new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        lang: doc.documentElement.getAttribute("xml:lang"),
        text: doc.documentElement.textContent ?? "",
      };
    }, svg.base64);
    expect(parsed.error).toBeNull();
    expect(parsed.lang).toBe("tr");
    expect(parsed.text).toContain(tr["kind.rail"]);
    expect(parsed.text).toContain(tr["legend.unbuiltShort"]);
  });
});
