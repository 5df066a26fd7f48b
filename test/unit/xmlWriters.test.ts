// @vitest-environment jsdom
// The SVG figure and the KML download are XML written by hand; both go through one escaper,
// which also drops what XML 1.0 forbids, so no text in the data can make either file unreadable.
import { describe, expect, it } from "vitest";
import { viewData } from "../../src/data/viewData.ts";
import { type FigureInput, figureSvg } from "../../src/features/export/figure/figureSvg.ts";
import { figureContent } from "../../src/features/export/figureContent.ts";
import { toKml } from "../../src/features/export/formats/kml.ts";
import { LAYER_GROUPS } from "../../src/layers/registry.ts";
import { FORBIDDEN, forbiddenCharsCorridor } from "../fixtures/forbiddenCharsFixture.ts";

const corridor = forbiddenCharsCorridor();

function parseXml(text: string, type: DOMParserSupportedType): Document {
  const doc = new DOMParser().parseFromString(text, type);
  const error = doc.querySelector("parsererror");
  if (error) throw new Error(`does not parse: ${error.textContent}`);
  return doc;
}

function svgInput(): FigureInput {
  const content = figureContent(corridor, LAYER_GROUPS, { type: "segment", id: "rail-a" }, new Date(0));
  return {
    width: 1200,
    height: 800,
    scale: 1,
    title: `${FORBIDDEN}${content.title}`,
    subtitle: content.subtitle,
    bounds: [48, 39, 57, 46],
    map: { kind: "vector", basemap: { type: "FeatureCollection", features: [] }, ...shown() },
    legendKinds: content.legendKinds,
    sources: content.sources,
    asOf: content.asOf,
    permalink: `https://maps.example.org/${FORBIDDEN}#seg=rail-a`,
    credits: `${FORBIDDEN}${content.credits}`,
  };
}

const shown = () => ({ segments: corridor.segments, nodes: corridor.nodes, selectedId: "rail-a" });

describe("text XML forbids, in every field", () => {
  it("the fixture really has it in names, quotes and sources", () => {
    const rail = corridor.segmentById.get("rail-a")?.properties;
    expect(rail?.name).toContain("\u0001");
    expect(rail?.annotations[0]?.quotes[0]).toContain("\u0001");
    expect(corridor.sources[0]?.outlet).toContain("\u0001");
  });

  it("is dropped from the SVG figure, which parses and keeps the rest of the text", () => {
    const svg = figureSvg(svgInput());
    for (const ch of FORBIDDEN) expect(svg.includes(ch), `U+${ch.charCodeAt(0).toString(16)}`).toBe(false);
    const text = parseXml(svg, "image/svg+xml").documentElement.textContent ?? "";
    expect(text).toContain("Highlighted: Rail Beyneu–Aktau");
    expect(text).toContain("Test Outlet");
    expect(text).toContain("Aktau");
  });

  it("is dropped from the KML, which parses and keeps the rest of the text", () => {
    const kml = toKml(viewData(corridor, LAYER_GROUPS), `Title${FORBIDDEN}`);
    for (const ch of FORBIDDEN) expect(kml.includes(ch), `U+${ch.charCodeAt(0).toString(16)}`).toBe(false);
    const doc = parseXml(kml, "application/xml");
    const names = [...doc.querySelectorAll("Placemark > name")].map((n) => n.textContent);
    expect(names).toEqual(["Rail Beyneu–Aktau", "Fiber Aktau–Alat", "Aktau", "Beyneu", "Alat"]);
    const description = doc.querySelector("Placemark > description")?.textContent ?? "";
    expect(description).toContain("The railway from Aktau to the border is being upgraded.");
  });
});
