// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { type FigureInput, figureSvg } from "../../src/features/export/figure/figureSvg.ts";
import { figureContent } from "../../src/features/export/figureContent.ts";
import { LAYER_GROUPS } from "../../src/layers/registry.ts";
import { parseDate } from "../../src/time/dates.ts";
import { timeViewOn } from "../../src/time/timeView.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";

const corridor = fixtureCorridor();

function input(overrides: Partial<FigureInput> = {}): FigureInput {
  return {
    width: 1200,
    height: 800,
    scale: 1,
    title: "Middle Corridor Map",
    subtitle: "Aktau <& Alat>",
    bounds: [48, 39, 57, 46],
    map: {
      kind: "vector",
      basemap: {
        type: "FeatureCollection",
        features: [
          {
            type: "Feature",
            properties: { layer: "country", iso2: "KZ", name: "Kazakhstan" },
            geometry: {
              type: "Polygon",
              coordinates: [
                [
                  [50, 42],
                  [58, 42],
                  [58, 47],
                  [50, 47],
                  [50, 42],
                ],
              ],
            },
          },
        ],
      },
      segments: corridor.segments,
      nodes: corridor.nodes,
      selectedId: "rail-a",
    },
    legendKinds: ["rail", "fiber"],
    sources: ['Test Outlet, "A test article", 25 Feb 2025 (year inferred), https://example.org/a'],
    asOf: "25 Nov 2026",
    permalink: "https://maps.example.org/#map=5/42/52&seg=rail-a",
    credits: "Basemap: Natural Earth. Rendering: MapLibre.",
    ...overrides,
  };
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml");

describe("export figure (SVG)", () => {
  it("parses, and draws each visible segment as a vector path from the data", () => {
    const doc = parse(figureSvg(input()));
    expect(doc.querySelector("parsererror")).toBeNull();
    const paths = [...doc.querySelectorAll("path[data-segment-id]")].map((p) =>
      p.getAttribute("data-segment-id"),
    );
    expect(paths).toEqual(["fiber-a", "rail-a"]);
    expect(doc.querySelector("image")).toBeNull();
    expect(doc.querySelector("#countries path title")?.textContent).toBe("Kazakhstan");
  });

  it("carries title, legend, scale bar, sources, as-of date, credits and permalink, escaped", () => {
    const svg = figureSvg(input());
    const text = parse(svg).documentElement.textContent ?? "";
    for (const s of [
      "Middle Corridor Map",
      "Aktau <& Alat>",
      "LEGEND",
      "Railway",
      "Fibre-optic cable",
      "planned or agreed",
      " km",
      "Test Outlet",
      "As of 25 Nov 2026",
      "Natural Earth",
      "MapLibre",
      "seg=rail-a",
    ]) {
      expect(text).toContain(s);
    }
    expect(svg).toContain("Aktau &lt;&amp; Alat&gt;");
  });

  it("embeds a raster map image for the PNG, and scales type with the figure", () => {
    const svg = figureSvg(
      input({
        map: { kind: "raster", href: "data:image/png;base64,AAAA" },
        scale: 3,
        width: 3508,
        height: 2480,
      }),
    );
    const doc = parse(svg);
    expect(doc.querySelector("image")?.getAttribute("href")).toBe("data:image/png;base64,AAAA");
    expect(doc.querySelector("text")?.getAttribute("font-size")).toBe("63");
  });

  it("as of a date: leaves out the lines not yet proposed, draws the others in their status then, and is stamped", () => {
    const asOf = parseDate("2016-06");
    if (!asOf) throw new Error("bad date");
    const content = figureContent(corridor, LAYER_GROUPS, { type: "none" }, new Date(0), asOf);
    expect(content.shownDate).toBe("Jun 2016");
    // The fibre was first agreed in 2019: not drawn in 2016, and not in the legend either.
    expect(content.segments.map((s) => s.properties.id)).toEqual(["rail-a"]);
    expect(content.legendKinds).toEqual(["rail"]);
    const svg = figureSvg(
      input({
        shownDate: content.shownDate,
        map: { ...(input().map as Extract<FigureInput["map"], { kind: "vector" }>), time: content.time },
      }),
    );
    const doc = parse(svg);
    expect(
      [...doc.querySelectorAll("path[data-segment-id]")].map((p) => p.getAttribute("data-segment-id")),
    ).toEqual(["rail-a"]);
    expect(doc.querySelector("#as-of-stamp")?.textContent).toBe("As of Jun 2016");
    expect(doc.documentElement.textContent).toContain("The corridor as of Jun 2016; figure made 25 Nov 2026");
  });

  it("as of a date, a narrow figure puts the stamp before the subtitle", () => {
    const svg = figureSvg(input({ width: 600, shownDate: "14 May 2018" }));
    const doc = parse(svg);
    expect(doc.querySelector("#as-of-stamp")).toBeNull();
    expect(doc.documentElement.textContent).toContain("As of 14 May 2018 · Aktau <& Alat>");
  });

  it("today: no stamp, the footer says the day it is made", () => {
    const content = figureContent(corridor, LAYER_GROUPS, { type: "none" }, new Date(0));
    expect(content.shownDate).toBeNull();
    expect(content.time).toBeNull();
    const doc = parse(figureSvg(input()));
    expect(doc.querySelector("#as-of-stamp")).toBeNull();
    expect(doc.documentElement.textContent).not.toContain("The corridor as of");
    // A time view for a day before anything was proposed draws no line at all.
    const before = figureSvg(
      input({
        map: {
          ...(input().map as Extract<FigureInput["map"], { kind: "vector" }>),
          time: timeViewOn(corridor, 0),
        },
      }),
    );
    expect(parse(before).querySelectorAll("path[data-segment-id]")).toHaveLength(0);
  });
});
