// The interface's languages: `?lang=` and the browser's choice, the catalogues against the
// English one (same keys, same placeholders, every plural form the language has), and the
// numbers, dates and lengths Intl writes for each.
import { describe, expect, it } from "vitest";
import type { Catalogue, Message } from "../../src/i18n/catalogue.ts";
import { en } from "../../src/i18n/catalogues/en.ts";
import { browserLang, parseLang, searchWithLang } from "../../src/i18n/langParam.ts";
import { LANGUAGE_CODES, LANGUAGES, type Lang, languageSpec } from "../../src/i18n/languages.ts";
import { loadCatalogue } from "../../src/i18n/loadCatalogue.ts";
import { localName } from "../../src/i18n/localName.ts";
import { localSummary } from "../../src/i18n/localSummary.ts";
import { pluralText, translate } from "../../src/i18n/translate.ts";
import { formatDate, formatKm, formatSourceDate, formatsOf } from "../../src/ui/format.ts";

const catalogues = async () =>
  Promise.all(LANGUAGE_CODES.map(async (lang) => [lang, await loadCatalogue(lang)] as const));

const placeholders = (m: Message) =>
  [
    ...new Set(
      Object.values(typeof m === "string" ? { other: m } : m).flatMap((t) => t.match(/\{\w+\}/g) ?? []),
    ),
  ]
    .filter((p) => p !== "{count}")
    .sort();

describe("parseLang", () => {
  it.each([
    ["?lang=ru", [], "ru"],
    ["?lang=KK", ["tr"], "kk"],
    ["?embed=1&lang=az&legend=0", [], "az"],
    ["?lang=zh", ["ru"], "zh"],
  ])("%s picks the language asked for", (search, preferred, lang) => {
    expect(parseLang(search, preferred)).toBe(lang);
  });

  it("without ?lang= takes the first of the browser's languages it has, else English", () => {
    expect(parseLang("", ["de-DE", "ru-RU", "en"])).toBe("ru");
    expect(parseLang("", ["zh-Hans-CN"])).toBe("zh");
    expect(parseLang("", ["az_AZ"])).toBe("az");
    expect(parseLang("", ["fr", "de"])).toBe("en");
    expect(parseLang("", [])).toBe("en");
  });

  it.each(["?lang=", "?lang=xx", "?lang=ru-RU", "?lang=%E0%A4%A", "?lang=<script>", "?lang=en&lang=ru"])(
    "falls back silently on %s",
    (search) => {
      expect(() => parseLang(search, ["tr"])).not.toThrow();
      // A value that names no language counts as not given: the browser's choice applies.
      expect(parseLang(search, ["tr"])).toBe(search === "?lang=en&lang=ru" ? "en" : "tr");
    },
  );

  it("reads the window's address and navigator", () => {
    const win = (search: string, languages?: string[], language?: string) => ({
      location: { search },
      navigator: { ...(languages ? { languages } : {}), ...(language ? { language } : {}) },
    });
    expect(browserLang(win("", ["kk-KZ"]))).toBe("kk");
    expect(browserLang(win("", [], "tr-TR"))).toBe("tr");
    expect(browserLang(win("?lang=ru", ["kk"]))).toBe("ru");
  });

  it("searchWithLang sets lang and keeps the other parameters in order", () => {
    expect(searchWithLang("", "ru")).toBe("?lang=ru");
    expect(searchWithLang("?embed=1&lang=kk&legend=0", "az")).toBe("?embed=1&lang=az&legend=0");
    expect(parseLang(searchWithLang("?present=1", "tr"))).toBe("tr");
  });
});

describe("the language registry", () => {
  it("has the corridor's languages, each named in itself, with a locale Intl knows", () => {
    expect(LANGUAGES.map((l) => [l.code, l.nativeName])).toEqual([
      ["en", "English"],
      ["ru", "Русский"],
      ["tr", "Türkçe"],
      ["az", "Azərbaycanca"],
      ["kk", "Қазақша"],
      ["zh", "中文"],
    ]);
    for (const l of LANGUAGES) expect(Intl.DateTimeFormat.supportedLocalesOf([l.locale])).toHaveLength(1);
  });
});

describe("the catalogues", () => {
  it("every language has a catalogue with exactly the English keys", async () => {
    for (const [lang, catalogue] of await catalogues()) {
      expect(Object.keys(catalogue).sort(), lang).toEqual(Object.keys(en).sort());
    }
  });

  it("every text is filled in and names the same placeholders as the English", async () => {
    for (const [lang, catalogue] of await catalogues())
      for (const [key, message] of Object.entries(catalogue) as [keyof Catalogue, Message][]) {
        const texts = typeof message === "string" ? [message] : Object.values(message);
        // A digit-grouping mark may be a (no-break) space; every other text has words.
        for (const t of texts)
          expect((key === "number.group" ? t : t.trim()).length, `${lang} ${key}`).toBeGreaterThan(0);
        expect(placeholders(message), `${lang} ${key}`).toEqual(placeholders(en[key]));
      }
  });

  it("a plural has a text for every category the language's rules have, and only those", async () => {
    for (const [lang, catalogue] of await catalogues()) {
      const categories = new Intl.PluralRules(languageSpec(lang).locale).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(catalogue)) {
        if (typeof message === "string") continue;
        expect(Object.keys(message).sort(), `${lang} ${key}`).toEqual([...categories].sort());
      }
    }
  });

  it("picks Russian plural forms by CLDR rules and writes numbers the locale's way", async () => {
    const ru = await loadCatalogue("ru");
    const say = (count: number) => translate(ru, "ru-RU", "list.annotationCount", { count });
    expect([1, 2, 5, 11, 21, 22, 25, 1000].map((n) => say(n).replace(/\u00a0/g, " "))).toEqual([
      "1 аннотация",
      "2 аннотации",
      "5 аннотаций",
      "11 аннотаций",
      "21 аннотация",
      "22 аннотации",
      "25 аннотаций",
      "1 000 аннотаций",
    ]);
    expect(translate(en, "en-GB", "list.annotationCount", { count: 1 })).toBe("1 annotation");
    expect(translate(en, "en-GB", "list.annotationCount", { count: 1200 })).toBe("1,200 annotations");
    expect(pluralText({ other: "x" }, 1, "zh-Hans-CN")).toBe("x");
  });

  it("fills in named parameters and leaves an unknown one as written", () => {
    expect(translate(en, "en-GB", "annotation.label", { topic: "customs" })).toBe("Annotation: customs");
    expect(translate(en, "en-GB", "annotation.label")).toBe("Annotation: {topic}");
  });
});

describe("dates, numbers and lengths", () => {
  const formats = async (lang: Lang) => formatsOf(await loadCatalogue(lang), languageSpec(lang).locale);
  const cases: [Lang, string, string, string][] = [
    ["en", "25 Feb 2025", "Jun 2016", "1,234 km"],
    ["ru", "25 февр. 2025 г.", "июнь 2016 г.", "1 234 км"],
    ["tr", "25 Şub 2025", "Haz 2016", "1.234 km"],
    ["az", "25 fev 2025", "iyn 2016", "1.234 km"],
    ["kk", "2025 ж. 25 ақп.", "2016 ж. мау.", "1 234 км"],
    ["zh", "2025年2月25日", "2016年6月", "1,234公里"],
  ];
  it.each(cases)("%s writes %s, %s and %s", async (lang, day, month, km) => {
    const f = await formats(lang);
    expect(formatDate("2025-02-25", "day", f)).toBe(day);
    expect(formatDate("2016-06", "month", f)).toBe(month);
    expect(formatKm(1234, f).replace(/\u00a0|\u202f/g, " ")).toBe(km);
  });

  it("every catalogue names twelve months, twice", async () => {
    for (const [lang, catalogue] of await catalogues()) {
      const f = formatsOf(catalogue, languageSpec(lang).locale);
      expect([f.months.length, f.monthsAlone.length], lang).toEqual([12, 12]);
      expect(
        [...f.months, ...f.monthsAlone].every((m) => m.length > 0),
        lang,
      ).toBe(true);
    }
  });

  it("keeps the precision the date is known to, in English as in the others", async () => {
    const ru = await formats("ru");
    expect(formatDate("2016", "year", ru)).toBe("2016");
    const english = await formats("en");
    expect(formatDate("2024-09", "month", english)).toBe("Sep 2024");
    expect(formatDate("2024-01-31", "day", english)).toBe("31 Jan 2024");
    expect(formatSourceDate({ date: "2025-02-25", datePrecision: "day", dateInferred: true }, ru)).toBe(
      "25 февр. 2025 г. (год установлен косвенно)",
    );
    expect(formatSourceDate({ date: "2025-02-25", datePrecision: "day", dateInferred: true }, english)).toBe(
      "25 Feb 2025 (year inferred)",
    );
  });
});

describe("names and summaries in the reader's language", () => {
  it("a name from `names`, English for English or where none is given", () => {
    const baku = { name: "Baku", names: { ru: "Баку", az: "Bakı" } };
    expect(localName(baku, "az")).toBe("Bakı");
    expect(localName(baku, "en")).toBe("Baku");
    expect(localName(baku, "tr")).toBe("Baku");
  });

  it("a summary's translation, or the English marked as a fallback", () => {
    const a = { summary: "Opened.", summaries: { ru: "Открыта." } };
    expect(localSummary(a, "ru")).toEqual({ text: "Открыта.", lang: "ru", fallback: false });
    expect(localSummary(a, "kk")).toEqual({ text: "Opened.", lang: "en", fallback: true });
    expect(localSummary(a, "en")).toEqual({ text: "Opened.", lang: "en", fallback: false });
  });
});
