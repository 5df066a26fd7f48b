// Per-language content of the data: one fallback rule (localText) for summaries, tour texts and
// labels; the schema takes `titles`/`notesIn` on tour steps and `labels` on facts and history
// events, refuses a language the registry does not have (naming file, entry and field), and
// the data check warns, never fails, on a tour text without a translation.
import { describe, expect, it } from "vitest";
import { tourWarnings } from "../../src/data/checks/tourTranslations.ts";
import type { RawData } from "../../src/data/validateData.ts";
import { validateData } from "../../src/data/validateData.ts";
import { placeLabel as mapLabel } from "../../src/i18n/localLabel.ts";
import { localSummary } from "../../src/i18n/localSummary.ts";
import { localText } from "../../src/i18n/localText.ts";
import { fixtureErrors, fixtureRaw, nameEveryEntry } from "../fixtures/corridorFixture.ts";

type Obj = Record<string, unknown>;
const segmentOf = (raw: RawData) => raw.segments[0]?.content as Obj & { facts: Obj[]; history: Obj[] };

function withTour(raw: RawData, steps: Obj[]): RawData {
  raw.tour = { file: "data/tour.json", content: { steps } };
  return raw;
}

describe("localText", () => {
  it("gives the translation where there is one, in its language", () => {
    expect(localText("Length", { ru: "Протяжённость" }, "ru")).toEqual({
      text: "Протяжённость",
      lang: "ru",
      fallback: false,
    });
  });
  it("falls back to the English, flagged and marked lang=en, where the language has none", () => {
    expect(localText("Length", { ru: "Протяжённость" }, "kk")).toEqual({
      text: "Length",
      lang: "en",
      fallback: true,
    });
    expect(localText("Length", undefined, "zh")).toEqual({ text: "Length", lang: "en", fallback: true });
  });
  it("is never a fallback in English, whatever the translations", () => {
    expect(localText("Length", { ru: "Протяжённость" }, "en")).toEqual({
      text: "Length",
      lang: "en",
      fallback: false,
    });
  });
  it("is what localSummary does with a summary", () => {
    const a = { summary: "Upgraded.", summaries: { tr: "Yenilendi." } };
    expect(localSummary(a, "tr")).toEqual(localText(a.summary, a.summaries, "tr"));
    expect(localSummary(a, "ru").fallback).toBe(true);
  });
  it("a map label is the short English label in English, the name in the reader's language otherwise", () => {
    const port = {
      name: "Aktau Sea Trade Port",
      label: "Aktau",
      names: { ru: "Актауский морской торговый порт" },
    };
    expect(mapLabel(port, "en")).toBe("Aktau");
    expect(mapLabel(port, "ru")).toBe("Актауский морской торговый порт");
  });
});

describe("the schema's per-language content", () => {
  it("accepts titles and notesIn on tour steps and labels on facts and history events", () => {
    const raw = fixtureRaw();
    const seg = segmentOf(raw);
    seg.facts[0] = { ...seg.facts[0], labels: { ru: "Открытие", kk: "Ашылуы" } };
    seg.history[0] = { ...seg.history[0], labels: { tr: "İnşaat başladı" } };
    withTour(raw, [
      {
        target: { type: "segment", id: "rail-a" },
        title: "Beyneu to Aktau",
        titles: { ru: "От Бейнеу до Актау", zh: "从别伊涅乌到阿克套" },
        notes: "Rail to the port.",
        notesIn: { ru: "Железная дорога до порта." },
      },
    ]);
    const r = validateData(nameEveryEntry(raw));
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    expect(r.data.tour[0]?.titles?.ru).toBe("От Бейнеу до Актау");
    expect(r.data.tour[0]?.notesIn?.ru).toBe("Железная дорога до порта.");
    expect(r.data.segments[0]?.facts[0]?.labels?.kk).toBe("Ашылуы");
    expect(r.data.segments[0]?.history[0]?.labels?.tr).toBe("İnşaat başladı");
  });

  it("refuses a language the registry does not have, naming file, entry and field", () => {
    const tour = fixtureErrors((raw) => {
      withTour(raw, [
        { target: { type: "overview" }, title: "All of it", titles: { ru: "Всё", de: "Alles" } },
      ]);
    });
    expect(tour).toEqual([expect.stringMatching(/^data\/tour\.json, entry step 1, field "titles": .*"de"/)]);

    const fact = fixtureErrors((raw) => {
      const seg = segmentOf(raw);
      seg.facts[1] = { ...seg.facts[1], labels: { fr: "Longueur" } };
    });
    expect(fact).toHaveLength(1);
    expect(fact[0]).toMatch(/segments\/.*\.json, entry "rail-a", field "facts\.1\.labels": .*"fr"/);

    const history = fixtureErrors((raw) => {
      const seg = segmentOf(raw);
      seg.history[1] = { ...seg.history[1], labels: { ru: "Открыта", EN: "Opened" } };
    });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatch(/entry "rail-a", field "history\.1\.labels": .*"EN"/);
  });

  it("refuses an empty translation", () => {
    const errors = fixtureErrors((raw) => {
      withTour(raw, [{ target: { type: "overview" }, title: "All of it", titles: { ru: "" } }]);
    });
    expect(errors).toEqual([expect.stringMatching(/entry step 1, field "titles\.ru": is empty/)]);
  });
});

describe("tour translation warnings", () => {
  it("lists each step's title and notes missing a language, and nothing for a complete step", () => {
    const all = { ru: "a", tr: "b", az: "c", kk: "d", zh: "e" };
    const warnings = tourWarnings([
      { target: { type: "overview" }, title: "One", titles: all, notes: "n", notesIn: all },
      { target: { type: "overview" }, title: "Two", titles: { ru: "Два" }, notes: "n" },
      { target: { type: "overview" }, title: "Three", titles: all },
    ]);
    expect(warnings).toEqual([
      expect.objectContaining({
        entry: "step 2",
        field: "titles",
        message: expect.stringContaining("tr, az, kk, zh"),
      }),
      expect.objectContaining({
        entry: "step 2",
        field: "notesIn",
        message: expect.stringContaining("ru, tr, az, kk, zh"),
      }),
    ]);
  });

  it("the shipped tour is translated into every language (no warning)", async () => {
    const { readFile } = await import("node:fs/promises");
    const tour = JSON.parse(await readFile("data/tour.json", "utf8"));
    expect(tourWarnings(tour.steps)).toEqual([]);
  });
});
