// The map's labels per language: the text expressions (src/map/labelText.ts) evaluated by
// MapLibre's own style-spec evaluator on real features of the basemap and the corridor, the short
// labels derived from the data's names (src/i18n/localLabel.ts), and the relabelling the
// controller applies (every label layer of the style built in a language reads that language).
import { readFileSync } from "node:fs";
import { createExpression } from "@maplibre/maplibre-gl-style-spec";
import type { Feature } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { LANGUAGE_CODES, type Lang } from "../../src/i18n/languages.ts";
import { localLabel } from "../../src/i18n/localLabel.ts";
import { basemapName, basemapNameOf, countryLabel, nameFields, placeLabel } from "../../src/map/labelText.ts";
import { buildStyle, mapFontFaces, type StyleAssets } from "../../src/map/style.ts";

const topology = JSON.parse(readFileSync("public/basemap.topojson", "utf8")) as Topology;
const base = (feature(topology, topology.objects.basemap as never) as unknown as { features: Feature[] })
  .features;
const find = (layer: string, name: string) => {
  const f = base.find((g) => g.properties?.layer === layer && g.properties?.name === name);
  if (!f) throw new Error(`no ${layer} ${name}`);
  return f;
};
const nodes = JSON.parse(readFileSync("data/nodes.json", "utf8")).nodes as {
  id: string;
  name: string;
  label?: string;
  names: Record<string, string>;
}[];

function evaluate(expression: unknown, properties: Record<string, unknown>): unknown {
  const parsed = createExpression(expression, "layers[0].layout.text-field");
  if (parsed.result !== "success") throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 5 }, { type: "Point", properties } as never);
}

describe("the basemap's names per language", () => {
  const cases: [string, string, Lang, string][] = [
    ["country-label", "Kazakhstan", "ru", "Казахстан"],
    ["country-label", "Kazakhstan", "kk", "Қазақстан"],
    ["country-label", "Kazakhstan", "az", "Qazaxıstan"],
    ["country-label", "Kazakhstan", "tr", "Kazakistan"],
    ["country-label", "China", "zh", "中国"],
    ["country-label", "Iran", "ru", "Иран"],
    ["sea-label", "Caspian Sea", "az", "Xəzər dənizi"],
    ["sea-label", "Black Sea", "kk", "Қара теңіз"],
    ["river-name", "Syr Darya", "ru", "Сырдарья"],
    ["city", "Karaganda", "kk", "Қарағанды"],
    ["city", "Karaganda", "ru", "Караганда"],
    ["city", "Tehran", "kk", "Тегеран"], // borrowed from Natural Earth's Russian
    ["city", "Tehran", "tr", "Tehran"], // no Turkish in Natural Earth: its Latin name
    ["city", "Almaty", "en", "Almaty"],
    ["city", "Ganja", "az", "Gəncə"],
    ["city", "Stepanakert", "az", "Xankəndi"],
    ["city", "Istanbul", "tr", "İstanbul"],
  ];
  it.each(cases)("%s %s in %s is %s", (layer, name, lang, expected) => {
    const f = find(layer, name);
    expect(evaluate(basemapName(lang), f.properties ?? {})).toBe(expected);
    expect(basemapNameOf(f.properties, lang)).toBe(expected);
  });

  it("writes a country's capitals by the language's rules (Turkish and Azerbaijani dotted İ)", () => {
    expect(evaluate(countryLabel("tr"), find("country-label", "China").properties ?? {})).toBe("ÇİN");
    expect(evaluate(countryLabel("az"), find("country-label", "Georgia").properties ?? {})).toBe("GÜRCÜSTAN");
    expect(evaluate(countryLabel("ru"), find("country-label", "Georgia").properties ?? {})).toBe("ГРУЗИЯ");
    expect(evaluate(countryLabel("en"), find("country-label", "Georgia").properties ?? {})).toBe("GEORGIA");
  });

  it("reads one field per language from the registry, Kazakh falling back on Russian", () => {
    for (const lang of LANGUAGE_CODES) expect(nameFields(lang).at(-1)).toBe("name");
    expect(nameFields("kk")).toEqual(["name_kk", "name_ru", "name"]);
    expect(nameFields("tr")).toEqual(["name_tr", "name"]);
    expect(basemapName("en")).toEqual(["get", "name"]);
  });
});

describe("the corridor's place labels per language", () => {
  const byId = (id: string) => {
    const n = nodes.find((x) => x.id === id);
    if (!n) throw new Error(id);
    return n;
  };

  it("shortens a translated name where the English label shortens the English name", () => {
    expect(localLabel(byId("jinghe"), "ru")).toBe("Цзинхэ");
    expect(localLabel(byId("jinghe"), "zh")).toBe("精河");
    expect(localLabel(byId("halkali"), "ru")).toBe("Стамбул");
    expect(localLabel(byId("sumgait"), "az")).toBe("Sumqayıt");
  });

  it("takes a short label the data gives for the language over the derived one", () => {
    expect(localLabel(byId("lianyungang"), "az")).toBe("Lianyunqan");
    expect(localLabel(byId("constanta"), "ru")).toBe("Констанца");
    const junction = { ...byId("marabda"), labels: { ru: "Марабда-узел" } };
    expect(localLabel(junction, "ru")).toBe("Марабда-узел");
    expect(localLabel(byId("marabda"), "ru")).toBe("Марабда");
  });

  it("names Baku, in each language, as the data does", () => {
    const baku = byId("baku");
    expect([localLabel(baku, "ru"), localLabel(baku, "kk"), localLabel(baku, "az")]).toEqual([
      "Баку",
      "Баку",
      "Bakı",
    ]);
  });

  it("reads label_<lang> in the style, the English label without it", () => {
    const props = { label: "Baku", label_ru: "Баку", label_az: "Bakı" };
    expect(evaluate(placeLabel("az"), props)).toBe("Bakı");
    expect(evaluate(placeLabel("kk"), props)).toBe("Baku");
    expect(evaluate(placeLabel("en"), props)).toBe("Baku");
  });
});

describe("the style in a language", () => {
  const assets: StyleAssets = {
    basemapUrl: "",
    fonts: {
      regular: ["l", "le", "c", "ce"],
      semibold: ["l", "le", "c", "ce"],
      italic: ["l", "le", "c", "ce"],
    },
    cjk: {
      regular: [{ url: "sc-400", ranges: ["U+4E2D"] }],
      semibold: [{ url: "sc-600", ranges: ["U+4E2D"] }],
    },
  };

  it("has every label layer read that language", () => {
    const style = buildStyle(assets, 1, undefined, "kk");
    const texts = style.layers.flatMap((l) =>
      l.type === "symbol" && l.layout?.["text-field"] ? [JSON.stringify(l.layout["text-field"])] : [],
    );
    expect(texts.length).toBeGreaterThan(5);
    // The map's notes along lines aside (data text in English), every label reads Kazakh.
    expect(texts.filter((t) => !t.includes("_kk") && !t.includes("mapNote"))).toEqual([]);
  });

  it("gives the map Cyrillic files with their ranges, and the Chinese subset only in Chinese", () => {
    const en = mapFontFaces(assets, "en") as Record<string, { url: string; "unicode-range": string[] }[]>;
    expect(en["Noto Sans Regular"]?.map((f) => f.url)).toEqual(["l", "le", "c", "ce"]);
    expect(en["Noto Sans Regular"]?.[2]?.["unicode-range"]).toContain("U+0400-045F");
    expect(en["Noto Sans Regular"]?.[3]?.["unicode-range"]).toContain("U+0460-052F");
    const urls = (lang: Lang) =>
      Object.values(mapFontFaces(assets, lang) as Record<string, { url: string }[]>).flatMap((l) =>
        l.map((f) => f.url),
      );
    for (const lang of ["en", "ru", "tr", "az", "kk"] as const) expect(urls(lang)).not.toContain("sc-400");
    expect(urls("zh")).toContain("sc-400");
    expect(urls("zh")).toContain("sc-600");
  });
});
