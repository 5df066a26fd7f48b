// @vitest-environment jsdom
// Exports in the reader's language (issue 19): the figure's words, names and dates in it with
// its xml:lang, citations verbatim; a layout measured for longer Russian and Kazakh words and
// for Chinese, which has no spaces; the fonts a PNG embeds; the data downloads' headers, words
// and names, with the machine fields (ids, keys, ISO dates) the same in every language.
import { describe, expect, it } from "vitest";
import { viewData } from "../../src/data/viewData.ts";
import { facesFor, subsetsFor } from "../../src/features/export/figure/figureFonts.ts";
import { type FigureInput, figureLayout, figureSvg } from "../../src/features/export/figure/figureSvg.ts";
import { localNodes, localSegments } from "../../src/features/export/figure/localFeatures.ts";
import { routeTableSvg } from "../../src/features/export/figure/routeTableSvg.ts";
import { textWidth, wrapTo } from "../../src/features/export/figure/svgText.ts";
import { citationLineIn, figureContent, figureRouteTable } from "../../src/features/export/figureContent.ts";
import { citationsBibtex, citationsRis, citationsText } from "../../src/features/export/formats/citations.ts";
import { annotationsCsv, CSV_COLUMNS } from "../../src/features/export/formats/csv.ts";
import { visibleGeoJson } from "../../src/features/export/formats/geojson.ts";
import { toKml } from "../../src/features/export/formats/kml.ts";
import { captionOn } from "../../src/features/export/video/framePlan.ts";
import type { RouteReport } from "../../src/features/route/routeReport.ts";
import type { Catalogue } from "../../src/i18n/catalogue.ts";
import kk from "../../src/i18n/catalogues/kk.ts";
import ru from "../../src/i18n/catalogues/ru.ts";
import tr from "../../src/i18n/catalogues/tr.ts";
import zh from "../../src/i18n/catalogues/zh.ts";
import { ENGLISH } from "../../src/i18n/english.ts";
import { i18nFor } from "../../src/i18n/i18nContext.ts";
import type { Lang } from "../../src/i18n/languages.ts";
import { localLabel } from "../../src/i18n/localLabel.ts";
import { KIND_ORDER, LAYER_GROUPS } from "../../src/layers/registry.ts";
import { eventMarks } from "../../src/time/corridorTime.ts";
import { parseDate } from "../../src/time/dates.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";

const corridor = fixtureCorridor();
const TR = i18nFor("tr", tr);
const RU = i18nFor("ru", ru);
const KK = i18nFor("kk", kk);
const ZH = i18nFor("zh", zh);
const parse = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml");

/** A figure's whole input from figureContent in a language, with the vector map. */
function figureIn(i18n: typeof TR, overrides: Partial<FigureInput> = {}): FigureInput {
  const asOf = parseDate("2016-06");
  const c = figureContent(
    corridor,
    LAYER_GROUPS,
    { type: "segment", id: "rail-a" },
    new Date(0),
    asOf,
    null,
    i18n,
  );
  return {
    width: 1200,
    height: 800,
    scale: 1,
    title: c.title,
    subtitle: c.subtitle,
    bounds: [48, 39, 57, 46],
    map: {
      kind: "vector",
      basemap: { type: "FeatureCollection", features: [] },
      segments: c.segments,
      nodes: corridor.nodes,
      selectedId: "rail-a",
      time: c.time,
    },
    legendKinds: ["rail", "fiber"],
    sources: c.sources,
    asOf: c.asOf,
    shownDate: c.shownDate,
    permalink: "https://maps.example.org/?lang=tr#seg=rail-a",
    credits: c.credits,
    i18n,
    ...overrides,
  };
}

describe("the figure in Turkish", () => {
  const svg = figureSvg(figureIn(TR));
  const doc = parse(svg);
  const text = doc.documentElement.textContent ?? "";

  it("says its language, and parses", () => {
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.documentElement.getAttribute("xml:lang")).toBe("tr");
    expect(doc.documentElement.getAttribute("lang")).toBe("tr");
  });

  it("has the Turkish title, subtitle with the place's Turkish name, legend, stamp and footer", () => {
    for (const s of [
      "Orta Koridor: Çin'den Avrupa'ya",
      "Vurgulanan: Beyneu–Aktav demiryolu",
      // Turkish capitals: "Lejant" upper-cased the Turkish way.
      "LEJANT",
      "Demiryolu",
      "planlandı veya anlaşıldı",
      "Haz 2016 itibarıyla",
      "Gösterilen açıklamaların kaynakları:",
      "Altlık harita: Natural Earth",
    ]) {
      expect(text).toContain(s);
    }
    for (const s of ["LEGEND", "Railway", "planned or agreed", "Sources of the annotations", "As of"])
      expect(text).not.toContain(s);
  });

  it("keeps each citation's outlet and title verbatim, with the date in Turkish", () => {
    expect(text).toContain("Test Outlet, “A test article”, 25 Şub 2025 (yıl tahminî)");
  });

  it("writes the scale bar's length with Turkish digit grouping", () => {
    const scale = [...doc.querySelectorAll("text")]
      .map((t) => t.textContent ?? "")
      .find((t) => / km$/.test(t));
    expect(scale).toMatch(/^\d{1,3}(\.\d{3})* km$/);
  });

  it("escapes the texts it is given", () => {
    const hostile = figureSvg(figureIn(TR, { title: 'Başlık <script>"&' }));
    expect(hostile).toContain("Başlık &lt;script&gt;&quot;&amp;");
    expect(parse(hostile).querySelector("parsererror")).toBeNull();
  });
});

describe("sentences ending in a date", () => {
  it("get one period, though a Russian or Kazakh date ends in its own", () => {
    for (const i18n of [RU, KK]) {
      const text = parse(figureSvg(figureIn(i18n, { asOf: i18n.formats.months[11] ?? "" }))).documentElement
        .textContent;
      expect(text).not.toMatch(/\.\./);
      expect(citationsText(viewData(corridor, LAYER_GROUPS).sources, "2026-11-25", i18n)).not.toMatch(/\.\./);
    }
    expect(parse(figureSvg(figureIn(RU))).documentElement.textContent).toContain(
      "1 янв. 1970 г. Основа карты",
    );
  });
});

describe("the figure's layout in longer languages", () => {
  /** Every text of the footer stays inside its column, as the estimate measures it. */
  function overflows(i18n: typeof TR, width: number): string[] {
    const input = figureIn(i18n, { width, legendKinds: [...KIND_ORDER] });
    const layout = figureLayout(input);
    const size = 10.5;
    const bad = layout.info.lines
      .filter((l) => textWidth(l.text, size) > layout.info.width)
      .map((l) => l.text);
    const doc = parse(figureSvg(input));
    // Legend labels: from their x to the next column (or the legend's edge).
    const legendRight = layout.margin + layout.legend.colWidth * layout.legend.columns;
    for (const t of doc.querySelectorAll("text")) {
      const x = Number(t.getAttribute("x"));
      const y = Number(t.getAttribute("y"));
      if (y < layout.footerY || x >= layout.info.x) continue;
      const column = Math.floor((x - layout.margin) / layout.legend.colWidth);
      const right = Math.min(legendRight, layout.margin + (column + 1) * layout.legend.colWidth);
      if (x + textWidth(t.textContent ?? "", 11) > right + 0.5) bad.push(t.textContent ?? "");
    }
    return bad;
  }

  it("Russian and Kazakh legends fall to one column where two would run over, and nothing overflows", () => {
    for (const i18n of [RU, KK, TR, ENGLISH]) {
      expect(overflows(i18n, 1200)).toEqual([]);
      expect(overflows(i18n, 700)).toEqual([]);
    }
    // "Талшықты-оптикалық кабель" does not fit half a 700 px figure's legend.
    expect(figureLayout(figureIn(KK, { width: 700, legendKinds: [...KIND_ORDER] })).legend.columns).toBe(1);
    expect(
      figureLayout(figureIn(ENGLISH, { width: 1200, legendKinds: ["rail", "sea"] })).legend.columns,
    ).toBe(2);
  });

  it("measures Cyrillic wider than Latin and a Chinese character as a full em", () => {
    expect(textWidth("железная", 10)).toBeGreaterThan(textWidth("railways", 10));
    expect(textWidth("铁路", 10)).toBe(20);
  });

  it("wraps Chinese, which has no spaces, within the width", () => {
    const long = ZH.t("export.figure.subtitle").repeat(3);
    const lines = wrapTo(long, 200, 10);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(200);
    expect(lines.join("")).toBe(long);
  });
});

describe("the corridor's own names in the vector map", () => {
  it("are drawn in the language: places by their name there, lines titled by theirs", () => {
    const base = figureIn(RU);
    const vector = base.map as Extract<FigureInput["map"], { kind: "vector" }>;
    const svg = figureSvg({
      ...base,
      map: {
        ...vector,
        nodes: localNodes(corridor.nodes, "ru"),
        segments: localSegments(vector.segments, "ru"),
      },
    });
    const doc = parse(svg);
    const labels = [...doc.querySelectorAll("#places text, [data-subject-label]")].map((t) => t.textContent);
    expect(labels).toContain("Актау");
    expect(labels).not.toContain("Aktau");
    expect(doc.querySelector('path[data-segment-id="rail-a"] title')?.textContent).toBe(
      "Железная дорога Бейнеу — Актау",
    );
    // Labels shortened as the English one shortens the name.
    const place = (name: string, label: string, ru: string) => ({ name, label, names: { ru } });
    expect(localLabel(place("Jinghe (junction)", "Jinghe", "Цзинхэ (узловая станция)"), "ru")).toBe("Цзинхэ");
    expect(localLabel(place("Halkalı (Istanbul)", "Istanbul", "Халкалы (Стамбул)"), "ru")).toBe("Стамбул");
    expect(localLabel(place("Baku Port (Alat)", "Alat (Port of Baku)", "Бакинский порт (Алят)"), "ru")).toBe(
      "Алят",
    );
    expect(localLabel(place("Poti port", "Poti", "Порт Поти"), "ru")).toBe("Порт Поти");
    expect(localLabel(place("Aktau", "Aktau", "Актау"), "ru")).toBe("Актау");
    expect(localLabel(place("Halkalı (Istanbul)", "Istanbul", "Халкалы (Стамбул)"), "en")).toBe("Istanbul");
    // English: the data's own label and name, untouched.
    expect(localNodes(corridor.nodes, "en")[0]?.properties).toBe(corridor.nodes[0]?.properties);
  });
});

describe("the route table in a figure", () => {
  it("has its headline in the language, and cuts each head to its column, measured as semibold", () => {
    const report = {
      count: 4,
      table: {
        heads: [
          "1. через Алашанькоу/Достык, Актау — Алят",
          "2. через Хоргос/Алтынколь, Курык — Алят",
          "3. x",
        ],
        columns: [0, 1, 2],
        chosenColumn: 0,
        rows: [{ label: "Пограничные переходы и пункты пропуска", values: ["4", "4", "4"] }],
      },
    } as unknown as RouteReport;
    const table = figureRouteTable(report, RU);
    expect(table.headline).toBe(
      "4 маршрута, сравниваются 3 (затенённый столбец — маршрут, выделенный на карте)",
    );
    const width = 700;
    const doc = parse(
      `<svg xmlns="http://www.w3.org/2000/svg">${routeTableSvg(table, 0, 20, width, 1)}</svg>`,
    );
    const colWidth = (width - Math.min(150, width * 0.25)) / 3;
    const heads = [...doc.querySelectorAll('text[font-weight="600"]')].slice(1);
    expect(heads.length).toBeGreaterThan(3);
    for (const h of heads)
      expect(textWidth(h.textContent ?? "", 10.5, true)).toBeLessThanOrEqual(colWidth - 8);
    const label = [...doc.querySelectorAll("text")].find((t) => t.getAttribute("fill") === "#5c5a55");
    expect(label?.textContent?.endsWith("…")).toBe(true);
  });
});

describe("the fonts a PNG figure embeds", () => {
  it("are chosen by the letters the figure uses", () => {
    expect([...subsetsFor("Middle Corridor")]).toEqual(["latin"]);
    expect(subsetsFor("Çin'den Avrupa'ya, ğ ş").has("latin-ext")).toBe(true);
    const kazakh = subsetsFor("Орта дәліз: Қытайдан");
    expect(kazakh.has("cyrillic")).toBe(true);
    expect(kazakh.has("cyrillic-ext")).toBe(true);
    expect(subsetsFor("Средний коридор").has("cyrillic-ext")).toBe(false);
    // Both weights of each, with the subset's unicode-range.
    const faces = facesFor(figureSvg(figureIn(RU)));
    expect(faces.filter((f) => f.subset === "cyrillic").map((f) => f.weight)).toEqual([400, 600]);
    expect(faces.find((f) => f.subset === "cyrillic")?.range).toContain("U+0400-045F");
  });
});

describe("the data downloads in Russian", () => {
  const view = viewData(corridor, LAYER_GROUPS);

  it("annotations CSV: Russian header and words, Russian names, machine fields and quotes untouched", () => {
    const csv = annotationsCsv(view, RU);
    const [header, first] = csv.split("\r\n");
    expect(header).toBe(
      "тип_объекта,id_объекта,название_объекта,id_аннотации,тема,кратко,цитата,издание,заголовок,дата,примечание_к_дате,url",
    );
    expect(header?.split(",")).toHaveLength(CSV_COLUMNS.length);
    expect(first?.startsWith("участок,rail-a,Железная дорога Бейнеу — Актау,")).toBe(true);
    // The translated summary; the quote and the source's title as published.
    expect(first).toContain("Линию модернизируют.");
    expect(first).toContain("The railway from Aktau to the border is being upgraded.");
    expect(csv).toContain("Test Outlet,A test article,2025-02-25,год установлен косвенно");
    // An untranslated summary is given in English, marked so.
    expect(csv).toContain("(на английском)");
    // English keeps its machine-friendly header.
    expect(annotationsCsv(view).split("\r\n")[0]).toBe(CSV_COLUMNS.join(","));
  });

  it("GeoJSON: `name` in Russian with `name_en` beside it and `lang`; ids and kinds as in the data", () => {
    const out = JSON.parse(visibleGeoJson(view, RU)) as {
      lang: string;
      features: { properties: Record<string, unknown> }[];
    };
    expect(out.lang).toBe("ru");
    const rail = out.features.find((f) => f.properties.id === "rail-a")?.properties;
    expect(rail?.name).toBe("Железная дорога Бейнеу — Актау");
    expect(rail?.name_en).toBe("Rail Beyneu–Aktau");
    expect(rail?.kind).toBe("rail");
    expect(Object.keys(rail ?? {}).indexOf("name_en")).toBe(Object.keys(rail ?? {}).indexOf("name") + 1);
    // English: the same keys.
    const en = JSON.parse(visibleGeoJson(view)) as { lang: string; features: { properties: object }[] };
    expect(en.lang).toBe("en");
    expect(Object.keys(en.features[0]?.properties ?? {})).toEqual(
      Object.keys(out.features[0]?.properties ?? {}),
    );
  });

  it("KML: names, folders and balloon facts in Russian, English name and language in the data", () => {
    const kml = toKml(view, RU.t("app.title"), RU);
    const doc = new DOMParser().parseFromString(kml, "application/xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.querySelector("Document > name")?.textContent).toBe("Карта Среднего коридора");
    expect(doc.querySelector('Document > ExtendedData > Data[name="lang"] > value')?.textContent).toBe("ru");
    const folders = [...doc.getElementsByTagName("Folder")].map(
      (f) => f.querySelector(":scope > name")?.textContent,
    );
    expect(folders).toEqual(["Участки", "Пункты"]);
    expect(kml).toContain("<name>Железная дорога Бейнеу — Актау</name>");
    expect(kml).toContain('<Data name="name_en"><value>Rail Beyneu–Aktau</value></Data>');
    expect(kml).toContain(
      "Тип: Железная дорога<br>Статус: Действует<br>Страны: Казахстан<br>Длина (по линии на карте): 371 км",
    );
    expect(kml).toContain("Test Outlet. «A test article». 25 февр. 2025 г. (год установлен косвенно).");
  });

  it("the citation list: Russian wording, titles verbatim, ISO access date", () => {
    const text = citationsText(view.sources, "2026-11-25", RU);
    expect(text).toContain("Test Outlet. «A test article». 25 февр. 2025 г. (год установлен косвенно).");
    expect(text).toContain("(дата обращения: 2026-11-25).");
    expect(view.sources.map(citationLineIn(RU)).join("\n")).toContain("«A test article»");
    // BibTeX and RIS keep their fields (the title as published, ISO dates); their note is in Russian.
    const ris = citationsRis(view.sources, "2026-11-25", RU);
    expect(ris).toContain("TI  - A test article\r\n");
    expect(ris).toContain("N1  - Год установлен косвенно (в статье не указан).");
    expect(citationsBibtex(view.sources, "2026-11-25", RU)).toContain("date = {2025-02-25}");
  });
});

describe("plurals of the export texts", () => {
  const say = (cat: Catalogue, lang: Lang, count: number) =>
    i18nFor(lang, cat).t("export.data.intro", { count });

  it("Russian has one, few and many", () => {
    expect(say(ru, "ru", 1)).toMatch(/^1 участок,/);
    expect(say(ru, "ru", 3)).toMatch(/^3 участка,/);
    expect(say(ru, "ru", 5)).toMatch(/^5 участков,/);
    expect(say(ru, "ru", 21)).toMatch(/^21 участок,/);
    expect(RU.t("export.figure.routes", { count: 4, compared: 3 })).toMatch(/^4 маршрута, сравниваются 3/);
    expect(RU.t("export.drafts", { count: 11 })).toContain("11 аннотаций");
  });

  it("English has one and other", () => {
    expect(ENGLISH.t("export.data.intro", { count: 1 })).toMatch(/^The 1 segment on/);
    expect(ENGLISH.t("export.data.intro", { count: 2 })).toMatch(/^The 2 segments on/);
  });
});

describe("the video's captions", () => {
  it("name the line in the language, and say 'target' in it", () => {
    const events = eventMarks(corridor);
    const words = {
      i18n: RU,
      name: (m: { featureId: string; name: string }) =>
        corridor.segmentById.get(m.featureId)?.properties.names?.ru ?? m.name,
    };
    const day = (iso: string) => parseDate(iso)?.day ?? 0;
    expect(captionOn(events, day("2014-09-01"), day("2026-12-01"), words)).toBe(
      "Железная дорога Бейнеу — Актау: Opened",
    );
    expect(captionOn(events, day("2027-06-01"), day("2026-12-01"), words)).toMatch(/^Цель: /);
  });
});
