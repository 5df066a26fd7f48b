import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { loadCatalogues } from "../../scripts/lib/catalogues.ts";
import { loadCorridor } from "../../scripts/lib/loadCorridor.ts";
import { indexCorridor } from "../../src/data/corridor.ts";
import { liteCorridor, liteCorridorFile } from "../../src/data/liteCorridor.ts";
import { citedSources } from "../../src/data/viewData.ts";
import type { MessageKey } from "../../src/i18n/catalogue.ts";
import { en } from "../../src/i18n/catalogues/en.ts";
import { TRANSLATED_LANGS } from "../../src/i18n/languages.ts";
import { localLabel } from "../../src/i18n/localLabel.ts";
import { stillTexts } from "../../src/still/stillTextKeys.ts";
import { basemapNamedIn, corridorNamedIn, stillI18n } from "../../src/still/stillTexts.ts";
import { parseDate } from "../../src/time/dates.ts";
import { timeViewOn } from "../../src/time/timeView.ts";

const result = loadCorridor(process.cwd());
if (!result.ok) throw new Error("the project's data does not load");
const full = indexCorridor(result.corridor);
const lite = indexCorridor(liteCorridor(result.corridor));

describe("corridor-lite.json (the still embed's data)", () => {
  it("is a fraction of corridor.geojson and keeps no annotation text", () => {
    const gzip = (c: typeof full) => gzipSync(JSON.stringify(c.collection), { level: 9 }).length;
    expect(gzip(lite)).toBeLessThan(gzip(full) / 3);
    for (const f of lite.collection.features) {
      expect(f.properties.facts).toEqual([]);
      for (const a of f.properties.annotations) expect([a.summary, a.quotes]).toEqual(["", []]);
    }
  });

  it("draws every date as the whole file does and cites the same sources", () => {
    for (const date of ["2005", "2016-06", "2023-01-15"]) {
      const day = parseDate(date)?.day ?? 0;
      expect([...timeViewOn(lite, day).statuses]).toEqual([...timeViewOn(full, day).statuses]);
      expect([...timeViewOn(lite, day).hiddenNodes]).toEqual([...timeViewOn(full, day).hiddenNodes]);
    }
    const ids = (c: typeof full) => citedSources(c, c.segments).map((s) => s.id);
    expect(ids(lite)).toEqual(ids(full));
    expect(lite.segments.map((s) => s.properties.id)).toEqual(full.segments.map((s) => s.properties.id));
  });

  it("keeps each line within 0.001° of its drawn path", () => {
    for (const s of lite.segments) {
      const original = full.segmentById.get(s.properties.id);
      const first = (g: typeof s.geometry) =>
        g.type === "LineString" ? g.coordinates[0] : g.coordinates[0]?.[0];
      const [a, b] = [first(s.geometry) ?? [0, 0], first(original?.geometry ?? s.geometry) ?? [0, 0]];
      expect(Math.abs((a[0] ?? 0) - (b[0] ?? 0))).toBeLessThanOrEqual(0.0005 + 1e-9);
      expect(Math.abs((a[1] ?? 0) - (b[1] ?? 0))).toBeLessThanOrEqual(0.0005 + 1e-9);
    }
  });
});

// Top-level await: the build's loader, found by the registry (scripts/lib/catalogues.ts).
const CATALOGUES = await loadCatalogues();

describe("the lite file per language (corridor-lite.<lang>.json)", () => {
  it("is named per language, English keeping corridor-lite.json", () => {
    expect(liteCorridorFile("en")).toBe("corridor-lite.json");
    expect(liteCorridorFile("kk")).toBe("corridor-lite.kk.json");
  });

  it("carries that language's names only, and English none", () => {
    const en = liteCorridor(result.corridor, "en");
    for (const f of en.features) expect(f.properties.names).toEqual({});
    expect(en.texts).toBeUndefined();
    // The build gives the English file its texts too (scripts/corridorDataPlugin.ts).
    expect(liteCorridor(result.corridor, "en", stillTexts(CATALOGUES.en)).texts?.["still.explore"]).toBe(
      "Explore",
    );
    for (const lang of TRANSLATED_LANGS) {
      const lite = liteCorridor(result.corridor, lang, stillTexts(CATALOGUES[lang]));
      for (const [i, f] of lite.features.entries()) {
        const original = result.corridor.features[i]?.properties.names ?? {};
        expect(f.properties.names).toEqual({ [lang]: original[lang] });
      }
    }
  });

  it("has every still-embed text in every language, and stays small", () => {
    const gzip = (v: unknown) => gzipSync(JSON.stringify(v), { level: 9 }).length;
    const english = gzip(liteCorridor(result.corridor, "en"));
    const stillKeys = Object.keys(stillTexts(en)) as MessageKey[];
    for (const key of ["app.title", "legend.compact", "badge.asOf", "embed.openFullMap", "still.explore"])
      expect(stillKeys).toContain(key);
    // Nothing the still embed shows is left out of the keys it picks.
    for (const key of Object.keys(en).filter((k) => /^(still|embed|kind|status|pattern)\./.test(k)))
      expect(stillKeys).toContain(key);
    for (const lang of TRANSLATED_LANGS) {
      const texts = stillTexts(CATALOGUES[lang]);
      expect(Object.keys(texts).sort()).toEqual([...stillKeys].sort());
      // Translated: the texts the still embed adds are not the English ones.
      for (const key of ["still.explore", "embed.openFullMap", "legend.compact"] as const)
        expect(texts[key]).not.toBe(en[key]);
      // A few KB more than English at most (its names, short labels and texts, the route
      // summary's among them: about 5 KB; the still embed's budget is 150 KB in all).
      expect(gzip(liteCorridor(result.corridor, lang, texts)) - english).toBeLessThan(5500);
    }
  });

  it("the still embed says its texts in the language and names places and countries in it", () => {
    const lite = liteCorridor(result.corridor, "ru", stillTexts(CATALOGUES.ru));
    const i18n = stillI18n("ru", lite.texts ?? {});
    expect(i18n.t("still.explore")).toBe("Исследовать");
    expect(i18n.t("still.mapLabel", { count: 5 })).toContain("5 линий");
    expect(i18n.formats.monthsAlone[5]).toBe("июнь");
    // English, too, from its file's texts alone (the still embed loads no catalogue).
    const english = stillI18n("en", stillTexts(en));
    expect([english.t("still.explore"), english.say("kind.rail", "?")]).toEqual(["Explore", "Railway"]);
    // A key the file lacks (a file older than the key) reads as its name, and nothing throws.
    expect(stillI18n("ru", {}).t("still.explore")).toBe("still.explore");
    expect(stillI18n("ru", {}).t("still.mapLabel", { count: 2 })).toBe("still.mapLabel");
    const named = corridorNamedIn(lite, "ru");
    const labelOf = (id: string) => {
      const node = named.features.find((f) => f.properties.id === id);
      return node && "label" in node.properties ? node.properties.label : null;
    };
    // A place without a short label: its name; one with a short label in the data: that.
    expect(labelOf("zhengzhou")).toBe("Чжэнчжоу");
    expect(labelOf("lianyungang")).toBe("Ляньюньган");
    const basemap = basemapNamedIn(
      {
        type: "FeatureCollection",
        features: [
          {
            type: "Feature",
            geometry: { type: "Point", coordinates: [0, 0] },
            properties: { layer: "country-label", iso2: "KZ", name: "Kazakhstan" },
          },
          {
            type: "Feature",
            geometry: { type: "Point", coordinates: [0, 0] },
            properties: { layer: "city", iso2: "KZ", name: "Aktau", name_ru: "Актау" },
          },
          {
            type: "Feature",
            geometry: { type: "Point", coordinates: [0, 0] },
            properties: { layer: "sea-label", name: "Caspian Sea" },
          },
        ],
      },
      "kk",
    );
    expect(basemap.features.map((f) => f.properties?.name)).toEqual(["Қазақстан", "Aktau", "Caspian Sea"]);
  });

  it("labels a place with its name in the language, without the bracket where English has a short label", () => {
    const kuryk = {
      name: "Port Kuryk (ferry complex)",
      label: "Kuryk",
      names: { kk: "Құрық порты (паром кешені)" },
    };
    expect(localLabel(kuryk, "en")).toBe("Kuryk");
    expect(localLabel(kuryk, "kk")).toBe("Құрық порты");
    const tbilisi = { name: "Tbilisi (hub)", label: "Tbilisi (hub)", names: { ru: "Тбилиси (узел)" } };
    expect(localLabel(tbilisi, "ru")).toBe("Тбилиси (узел)");
    expect(localLabel({ ...kuryk, names: { zh: "库雷克港（渡轮）" } }, "zh")).toBe("库雷克港");
  });
});
