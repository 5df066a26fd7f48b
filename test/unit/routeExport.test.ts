// A route in the outputs (issue 16): the report the figure, the embed, the briefing and the
// downloads share; the figure's table and halos; the route GeoJSON and legs CSV, on the real data
// (Lianyungang → Istanbul).
import { describe, expect, it } from "vitest";
import { figureSvg } from "../../src/features/export/figure/figureSvg.ts";
import { figureContent } from "../../src/features/export/figureContent.ts";
import {
  ROUTE_CSV_COLUMNS,
  routeGeoJson,
  routeLegsCsv,
} from "../../src/features/export/formats/routeFiles.ts";
import { routeReport } from "../../src/features/route/routeReport.ts";
import { compareRows, variantNames } from "../../src/features/route/routeText.ts";
import { ENGLISH } from "../../src/i18n/english.ts";
import { defaultVisibleGroups } from "../../src/layers/registry.ts";
import { findRoutes } from "../../src/route/findRoutes.ts";
import { routeHaloLines } from "../../src/route/routeGeometry.ts";
import { buildRouteGraph } from "../../src/route/routeGraph.ts";
import { routeHighlight } from "../../src/state/routeSelectors.ts";
import { formatKm } from "../../src/ui/format.ts";
import { realCorridor } from "../fixtures/routeFixtures.ts";

const corridor = realCorridor();
const graph = buildRouteGraph(corridor);
const QUERY = { from: "lianyungang", to: "halkali", via: [] };
const result = findRoutes(graph, QUERY);
const routes = result.type === "routes" ? result.routes : [];
const name = (id: string) => corridor.nodeById.get(id)?.properties.name ?? id;

describe("the route report", () => {
  it("names the route and the chosen variant, with the compare table's rows", () => {
    expect(routes.length).toBeGreaterThanOrEqual(2);
    const report = routeReport(QUERY, result, 1, name);
    if (!report) throw new Error("no report");
    expect(report.route).toBe(routes[1]);
    expect(report.title).toBe(`${name("lianyungang")} → ${name("halkali")}`);
    expect(report.headline).toContain(`(2 of ${routes.length})`);
    expect(report.name).toBe(variantNames(routes)[1]);
    expect(report.table.columns).toEqual([0, 1, 2].slice(0, Math.min(3, routes.length)));
    expect(report.table.chosenColumn).toBe(1);
    expect(report.table.rows).toEqual(compareRows(report.table.columns.map((i) => routes[i] ?? routes[0]!)));
    // A variant beyond the list is the last one; no route, no report.
    expect(routeReport(QUERY, result, 99, name)?.chosen).toBe(routes.length - 1);
    expect(routeReport(null, result, 0, name)).toBeNull();
    expect(routeReport(QUERY, { type: "same", place: "kars", message: "" }, 0, name)).toBeNull();
  });

  it("names the places on the way in the title", () => {
    const via = { ...QUERY, via: ["kuryk-port"] };
    const report = routeReport(via, findRoutes(graph, via), 0, name);
    expect(report?.title).toBe(`${name("lianyungang")} → ${name("halkali")} via ${name("kuryk-port")}`);
  });
});

describe("the route in the figure", () => {
  const report = routeReport(QUERY, result, 1, name);
  if (!report) throw new Error("no report");
  const content = figureContent(corridor, defaultVisibleGroups(), { type: "none" }, new Date(), null, report);
  const lines = routeHaloLines(corridor, routeHighlight(result, 1) ?? { chosen: [], others: [] });
  const svg = figureSvg({
    width: 1400,
    height: 1000,
    scale: 1,
    title: content.title,
    subtitle: content.subtitle,
    bounds: [30, 30, 125, 50],
    map: {
      kind: "vector",
      basemap: { type: "FeatureCollection", features: [] },
      segments: content.segments,
      nodes: corridor.nodes,
      selectedId: null,
      route: lines,
    },
    legendKinds: content.legendKinds,
    sources: content.sources,
    asOf: content.asOf,
    permalink: "https://maps.example.org/#route=lianyungang~halkali&variant=2",
    credits: content.credits,
    route: content.route,
  });

  it("says the route in the subtitle and compares the variants in a table", () => {
    expect(content.subtitle).toBe(report.headline);
    expect(svg).toContain('id="route-table"');
    for (const row of report.table.rows) for (const v of row.values) expect(svg).toContain(`>${v}<`);
    expect(svg).toContain(`>${formatKm(routes[1]?.km ?? 0, ENGLISH.formats)}<`);
    expect(svg).toContain('font-weight="600" fill="#3a2d9c">2. via');
  });

  it("haloes the chosen variant's stretches strong and the others' dimmed, under the lines", () => {
    expect(lines.chosen.length).toBe(routeHighlight(result, 1)?.chosen.length);
    const chosen = /<path id="route-chosen"[^>]* d="([^"]+)"/.exec(svg);
    expect(chosen?.[1]?.split("M").length).toBe(lines.chosen.length + 1);
    expect(svg).toContain('id="route-others"');
    expect(svg.indexOf('id="route"')).toBeLessThan(svg.indexOf('id="corridor"'));
    // The table sits between the map and the legend.
    expect(svg.indexOf('id="route-table"')).toBeLessThan(svg.indexOf(">LEGEND<"));
  });

  it("leaves the table out without a route", () => {
    const plain = figureContent(corridor, defaultVisibleGroups(), { type: "none" }, new Date());
    expect(plain.route).toBeNull();
    expect(plain.subtitle).not.toContain("→");
  });
});

describe("the route downloads", () => {
  const report = routeReport(QUERY, result, 0, name);
  if (!report) throw new Error("no report");
  const legs = report.route.legs;

  it("GeoJSON: a line per leg, joined end to end from From to To, with the summary", () => {
    const out = JSON.parse(routeGeoJson(report, corridor));
    expect(out.features).toHaveLength(legs.length);
    const at = (id: string) => corridor.nodeById.get(id)?.geometry.coordinates;
    const first = out.features[0].geometry.coordinates;
    const last = out.features.at(-1).geometry.coordinates;
    expect(first[0]).toEqual(at("lianyungang"));
    expect(last.at(-1)).toEqual(at("halkali"));
    for (let i = 1; i < out.features.length; i++)
      expect(out.features[i].geometry.coordinates[0]).toEqual(
        out.features[i - 1].geometry.coordinates.at(-1),
      );
    const km = out.features.reduce(
      (sum: number, f: { properties: { lengthKm: number } }) => sum + f.properties.lengthKm,
      0,
    );
    expect(km).toBeCloseTo(report.route.km, 0);
    expect(out.route).toMatchObject({ variant: 1, places: report.route.places });
    expect(out.route.borders).toEqual(report.route.borders.map((b) => b.label));
    // The same route gives the same bytes.
    expect(routeGeoJson(report, corridor)).toBe(routeGeoJson(report, corridor));
  });

  it("CSV: a row per leg under the header, km adding up to the route's", () => {
    const csv = routeLegsCsv(report, (k) => k.toUpperCase());
    const rows = csv.split("\r\n").filter(Boolean);
    expect(rows[0]).toBe(ROUTE_CSV_COLUMNS.join(","));
    expect(rows).toHaveLength(legs.length + 1);
    const kmColumn = ROUTE_CSV_COLUMNS.indexOf("km");
    const sum = rows.slice(1).reduce((s, r) => s + Number(r.split(",")[kmColumn]), 0);
    expect(sum).toBeCloseTo(report.route.km, 0);
    // The Caspian crossing carries its sourced time and where it comes from.
    const sea = legs.findIndex((l) => l.transit);
    expect(sea).toBeGreaterThanOrEqual(0);
    expect(rows[sea + 1]).toContain(String(legs[sea]?.transit?.hours));
  });
});
