// Issue 19 for the Route region, search and Share: the route's texts said in each language from
// the data's ids and names, search by a place's or segment's name in any language (shown in the
// reader's with the match marked), and lang= in the embed code and the permalink.
import { beforeAll, describe, expect, it } from "vitest";
import type { Corridor } from "../../src/data/corridor.ts";
import { routeReport, sayRouteReport } from "../../src/features/route/routeReport.ts";
import { routeStatus } from "../../src/features/route/routeStatus.ts";
import {
  borderLabel,
  compareRows,
  legLabel,
  transitSentence,
  variantNames,
} from "../../src/features/route/routeText.ts";
import { graphNames, routeWords } from "../../src/features/route/routeWords.ts";
import { buildSearchIndex, type SearchIndex } from "../../src/features/search/searchIndex.ts";
import { resultDetail, resultTitle } from "../../src/features/search/searchWords.ts";
import { markRanges } from "../../src/features/search/snippet.ts";
import { type EmbedChoice, embedSnippet, embedUrl, permalink } from "../../src/features/share/embedCode.ts";
import type { Catalogue } from "../../src/i18n/catalogue.ts";
import az from "../../src/i18n/catalogues/az.ts";
import { en } from "../../src/i18n/catalogues/en.ts";
import kk from "../../src/i18n/catalogues/kk.ts";
import ru from "../../src/i18n/catalogues/ru.ts";
import tr from "../../src/i18n/catalogues/tr.ts";
import zh from "../../src/i18n/catalogues/zh.ts";
import { i18nFor } from "../../src/i18n/i18nContext.ts";
import type { Lang } from "../../src/i18n/languages.ts";
import { findRoutes } from "../../src/route/findRoutes.ts";
import { buildRouteGraph, type RouteGraph } from "../../src/route/routeGraph.ts";
import { placeName } from "../../src/route/routeLegs.ts";
import { realCorridor } from "../fixtures/routeFixtures.ts";

const CATALOGUES: Record<Lang, Catalogue> = { en, ru, tr, az, kk, zh };
const i18n = (lang: Lang) => i18nFor(lang, CATALOGUES[lang]);

let corridor: Corridor;
let graph: RouteGraph;
let index: SearchIndex;
beforeAll(() => {
  corridor = realCorridor();
  graph = buildRouteGraph(corridor);
  index = buildSearchIndex(corridor);
});

const QUERY = { from: "lianyungang", to: "halkali", via: [] };
const routesOf = () => {
  const r = findRoutes(graph, QUERY);
  if (r.type !== "routes") throw new Error("no route");
  return r.routes;
};

describe("the route in the reader's language", () => {
  it("names legs, borders and variants by the data's names in that language", () => {
    const routes = routesOf();
    const w = routeWords(i18n("ru"), graphNames(graph));
    const route = routes[0];
    if (!route) throw new Error("no route");
    expect(legLabel(route.legs[0] as never, w)).toMatch(/^Порт Ляньюньган → /);
    const china = route.borders.find((b) => b.fromCountry === "CN");
    expect(china && borderLabel(china, w)).toMatch(/^Китай — Казахстан, /);
    expect(variantNames(routes, w).every((n) => n.startsWith("через "))).toBe(true);
    const rows = compareRows(routes.slice(0, 2), w);
    expect(rows[0]?.label).toBe("Всего");
    expect(rows[0]?.values[0]).toMatch(/^\d{1,3}(\s\d{3})*\sкм$/);
    expect(rows.map((r) => r.label)).toContain("Железная дорога");
    // English without names is unchanged: the route's own English labels.
    const english = routeWords();
    expect(borderLabel(china as never, english)).toBe(china?.label);
    expect(transitSentence(route, w)).not.toMatch(/[A-Za-z]{4}/);
  });

  it("says why there is no route with the places' names, in Kazakh and Chinese", () => {
    const same = findRoutes(graph, { from: "aktau-port", to: "aktau-port", via: [] });
    expect(routeStatus(same, routeWords(i18n("kk"), graphNames(graph)))).toContain(
      localNameOf("aktau-port", "kk"),
    );
    expect(routeStatus(null, routeWords(i18n("zh")))).toBe("请选择起点和终点。");
    expect(routeStatus({ type: "routes", routes: routesOf() }, routeWords(i18n("ru")))).toMatch(
      /^Найден[оа]? \d+ маршрут/,
    );
  });

  it("says the report again in another language, keeping its English fields' shape", () => {
    const result = findRoutes(graph, QUERY);
    const report = routeReport(QUERY, result, 1, (id) => placeName(graph, id), graphNames(graph));
    if (!report) throw new Error("no report");
    expect(report.headline).toMatch(/^Route Lianyungang port → Halkalı \(Istanbul\), via .*\(2 of \d\)$/);
    const turkish = sayRouteReport(report, i18n("tr"));
    expect(turkish.title).toBe(`Lianyungang Limanı → ${localNameOf("halkali", "tr")}`);
    expect(turkish.headline).toMatch(/güzergâhtan 2\.\)$/);
    expect(turkish.table.rows[0]?.label).toBe("Toplam");
    expect(Object.keys(turkish).sort()).toEqual(Object.keys(report).sort());
    expect(sayRouteReport(report, i18n("en"))).toBe(report);
  });
});

function localNameOf(id: string, lang: Exclude<Lang, "en">): string {
  const p = corridor.nodeById.get(id)?.properties;
  return p?.names?.[lang] ?? "";
}

describe("search in every language", () => {
  const placeIds = (q: string) =>
    index
      .search(q)
      .find((g) => g.kind === "place")
      ?.hits.map((h) => h.doc.id) ?? [];

  it.each([
    ["Баку", "baku"],
    ["Bakı", "baku"],
    ["Bakü", "baku"],
    ["巴库", "baku"],
    ["Ақтау", "aktau-city"],
    ["阿克套", "aktau-city"],
    ["Алтынкөл", "altynkol"],
    ["Baku", "baku"],
  ])("finds %s", (query, id) => {
    expect(placeIds(query)[0]).toBe(id);
  });

  it("finds segments by their names in another language", () => {
    const seg = corridor.segments.find((s) => s.properties.names?.ru)?.properties;
    if (!seg?.names?.ru) throw new Error("no segment with a Russian name");
    const hits = index.search(seg.names.ru).find((g) => g.kind === "segment")?.hits ?? [];
    expect(hits.map((h) => h.doc.id)).toContain(seg.id);
  });

  it("shows the name in the reader's language with the typed part marked", () => {
    const hit = index.search("Баку").find((g) => g.kind === "place")?.hits[0];
    if (!hit) throw new Error("no hit");
    const title = resultTitle(hit.doc, i18n("ru"));
    expect(title).toBe("Баку");
    expect(markRanges(title, hit.terms)).toEqual([[0, 4]]);
    expect(resultDetail(hit.doc, i18n("ru"))).toMatch(/, Азербайджан$/);
    expect(resultTitle(hit.doc, i18n("zh"))).toBe("巴库");
    expect(resultTitle(hit.doc, i18n("en"))).toBe("Baku");
  });
});

describe("lang= in links and embeds", () => {
  const BASE = "https://maps.example.org/corridor/";
  const VIEW = { zoom: 6, lat: 41.5, lon: 45 };
  const CHOICE: EmbedChoice = {
    width: "responsive",
    height: 600,
    legend: true,
    interactive: true,
    explore: true,
    includeSelection: true,
    layers: ["transport", "energy", "telecom", "trade"],
  };

  it("writes the embed's language into its code and preview address; English may be omitted", () => {
    const kkChoice = { ...CHOICE, lang: "kk" as const };
    expect(embedUrl(BASE, kkChoice, VIEW, { type: "none" })).toBe(`${BASE}?embed=1&lang=kk#map=6/41.5/45`);
    const code = embedSnippet(BASE, kkChoice, VIEW, { type: "none" }, {}, kk["app.title"]);
    expect(code).toContain("?embed=1&amp;lang=kk#");
    expect(code).toContain(`title="${kk["app.title"]}"`);
    expect(embedUrl(BASE, { ...CHOICE, lang: "en" }, VIEW, { type: "none" })).toBe(
      `${BASE}?embed=1#map=6/41.5/45`,
    );
  });

  it("keeps the reader's language in the permalink", () => {
    expect(permalink(BASE, VIEW, { type: "none" }, CHOICE.layers, {}, "ru")).toBe(
      `${BASE}?lang=ru#map=6/41.5/45`,
    );
    expect(permalink(BASE, VIEW, { type: "none" }, CHOICE.layers, {}, "en")).toBe(`${BASE}#map=6/41.5/45`);
  });
});
