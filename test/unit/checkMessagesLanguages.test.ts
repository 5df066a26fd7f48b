// One builder, two outputs: the data check's problems are message keys with parameters
// (src/data/checkMessages.ts). `npm run check:data` prints them in English exactly as before;
// the editor renders the same problems in the reader's language, ids and quotes untouched.
import { describe, expect, it } from "vitest";
import { renderCheck, zodMessageText } from "../../src/data/checkMessages.ts";
import { type DataError, formatDataError, formatDataErrorIn } from "../../src/data/dataErrors.ts";
import { validateData } from "../../src/data/validateData.ts";
import type { Catalogue } from "../../src/i18n/catalogue.ts";
import az from "../../src/i18n/catalogues/az.ts";
import { en } from "../../src/i18n/catalogues/en.ts";
import kk from "../../src/i18n/catalogues/kk.ts";
import ru from "../../src/i18n/catalogues/ru.ts";
import tr from "../../src/i18n/catalogues/tr.ts";
import zh from "../../src/i18n/catalogues/zh.ts";
import { makeT } from "../../src/i18n/translate.ts";
import { fixtureRaw, nameEveryEntry } from "../fixtures/corridorFixture.ts";

type Entry = Record<string, unknown>;
const content = (f: { content: unknown }) => f.content as Entry & { annotations?: Entry[]; nodes?: Entry[] };
const tRu = makeT(ru, "ru-RU");

/** The fixture's errors after typical mistakes, in two runs (a file that fails its schema is not
 *  cross-checked): a missing field, a bad date and an empty summary; then an unknown id near a
 *  known one and a quote not in the article. */
function brokenErrors(): DataError[] {
  const schema = nameEveryEntry(fixtureRaw());
  content(schema.annotations[0]!).annotations![1]!.summary = "";
  content(schema.sources[0]!).date = "2025-13-01";
  delete content(schema.sources[0]!).outlet;
  const links = nameEveryEntry(fixtureRaw());
  content(links.annotations[0]!).annotations![2]!.nodes = ["aktua"];
  content(links.annotations[0]!).annotations![2]!.quotes = ["Not in the article at all."];
  return [schema, links].flatMap((raw) => {
    const r = validateData(raw);
    if (r.ok) throw new Error("the broken fixture passed");
    return r.errors;
  });
}

describe("the data check's messages", () => {
  it("stay the same English for check:data, byte for byte", () => {
    const lines = brokenErrors().map(formatDataError);
    expect(lines).toContain(
      'data/annotations/src-a.json, entry "a-fiber", field "nodes.0": unknown node id "aktua" (see data/nodes.json); did you mean "aktau"?',
    );
    expect(lines).toContain('data/sources/src-a.json, entry "src-a", field "outlet": is missing');
    expect(lines).toContain(
      'data/sources/src-a.json, entry "src-a", field "date": must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY, and a real day',
    );
    // The English catalogue renders exactly the message the command prints.
    for (const e of brokenErrors()) {
      expect(e.text, e.message).toBeDefined();
      if (e.text) expect(renderCheck(e.text)).toBe(e.message);
      expect(formatDataErrorIn(e, makeT(en, "en-GB"))).toBe(formatDataError(e));
    }
  });

  it("read the same problem in Russian, the ids and the file names as written", () => {
    const errors = brokenErrors();
    const fiber = errors.find((e) => e.field === "nodes.0");
    expect(fiber && formatDataErrorIn(fiber, tRu)).toBe(
      'data/annotations/src-a.json, запись "a-fiber", поле «nodes.0»: неизвестный идентификатор пункта "aktua" (см. data/nodes.json); может быть, имелось в виду "aktau"?',
    );
    const outlet = errors.find((e) => e.field === "outlet");
    expect(outlet && formatDataErrorIn(outlet, tRu)).toBe(
      'data/sources/src-a.json, запись "src-a", поле «outlet»: отсутствует',
    );
    const date = errors.find((e) => e.field === "date");
    expect(date && formatDataErrorIn(date, tRu)).toContain("нужна дата ISO: ГГГГ-ММ-ДД");
    const summary = errors.find((e) => e.field === "summary");
    expect(summary && formatDataErrorIn(summary, tRu)).toBe(
      'data/annotations/src-a.json, запись "a-rail-customs", поле «summary»: пусто: заполните',
    );
    // A quote is never translated: it is the article's own words.
    const quote = errors.find((e) => e.field === "quotes.0");
    expect(quote && formatDataErrorIn(quote, tRu)).toContain('"Not in the article at all."');
    expect(quote && formatDataErrorIn(quote, tRu)).toContain("цитата не найдена дословно");
  });

  it("have a text in every language for every problem of the fixture, with nothing left in English", () => {
    const catalogues: Record<string, [Catalogue, string]> = {
      ru: [ru, "ru-RU"],
      tr: [tr, "tr-TR"],
      az: [az, "az-Latn-AZ"],
      kk: [kk, "kk-KZ"],
      zh: [zh, "zh-Hans-CN"],
    };
    for (const [lang, [catalogue, locale]] of Object.entries(catalogues)) {
      const t = makeT(catalogue, locale);
      for (const e of brokenErrors()) {
        const text = formatDataErrorIn(e, t);
        expect(text, lang).not.toBe(formatDataError(e));
        expect(text, lang).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it("turn the schema's own messages back into keys, and leave zod's own English as it is", () => {
    expect(zodMessageText(en["editor.check.httpUrl"])).toEqual({ key: "editor.check.httpUrl" });
    const zods = zodMessageText("Invalid input: expected string, received number");
    expect(renderCheck(zods, tRu)).toBe("Invalid input: expected string, received number");
  });

  it("nest a hint in the same language: the list of near ids joined the language's way", () => {
    const hint = {
      key: "editor.check.didYouMean",
      params: { ids: { key: "editor.check.orList", params: { items: '"a", "b"', last: '"c"' } } },
    } as const;
    expect(renderCheck(hint)).toBe('; did you mean "a", "b" or "c"?');
    expect(renderCheck(hint, tRu)).toBe('; может быть, имелось в виду "a", "b" или "c"?');
  });
});
