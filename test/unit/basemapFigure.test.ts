// The basemap in the figures (src/render/basemapFigure.ts via vectorMap.ts) drawn from the shipped
// basemap: names staged by the zoom the figure implies, no two names overlapping, the corridor's
// places named first and never covered, and a city at a corridor place left to the place.
import { readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import type { NodeFeature } from "../../src/data/corridorTypes.ts";
import { type Box, figureZoom, LabelSpace, textBox } from "../../src/render/basemapFigure.ts";
import { fitProjection, type LonLatBounds } from "../../src/render/mercator.ts";
import { type SvgNode, vectorMapNodes } from "../../src/render/vectorMap.ts";

const topology = JSON.parse(
  readFileSync(new URL("../../public/basemap.topojson", import.meta.url), "utf8"),
) as Topology<{ basemap: GeometryCollection }>;
const basemap = feature(topology, topology.objects.basemap) as FeatureCollection;

const node = (id: string, label: string, at: [number, number], rank: number): NodeFeature =>
  ({
    type: "Feature",
    properties: { featureType: "node", id, name: label, label, kind: "city", country: "GE", rank },
    geometry: { type: "Point", coordinates: at },
  }) as unknown as NodeFeature;
const TBILISI = node("tbilisi", "Tbilisi", [44.8, 41.72], 1);

const CAUCASUS: LonLatBounds = [40.5, 39.5, 50.5, 43.5];
const KAZAKHSTAN: LonLatBounds = [42, 36, 90, 54];

function draw(bounds: LonLatBounds, width: number, height: number, nodes: NodeFeature[] = [TBILISI]) {
  return vectorMapNodes({ bounds, width, height, scale: 1, basemap, segments: [], nodes, selectedId: null });
}
const group = (tree: SvgNode[], id: string) => tree.find((n) => n.attrs.id === id)?.children ?? [];
const texts = (nodes: SvgNode[]) => nodes.filter((n) => n.tag === "text").map((n) => n.text ?? "");

/** A drawn text's box, from its attributes as the figure wrote them. */
type Anchor = "start" | "middle" | "end";
function boxOf(n: SvgNode, inherited: { size: number; anchor: Anchor }): Box {
  const size = Number(n.attrs["font-size"] ?? inherited.size);
  const anchor = (n.attrs["text-anchor"] as Anchor | undefined) ?? inherited.anchor;
  const spacing = Number(n.attrs["letter-spacing"] ?? 0);
  return textBox(Number(n.attrs.x), Number(n.attrs.y), n.text ?? "", size, anchor, spacing);
}
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

describe("figure zoom", () => {
  it("is the zoom at which the map draws the bounds as wide as the figure", () => {
    // 512 px tiles: 360° across 512 px is zoom 0; 10° across 1280 px is log2(1280 / 512 × 36).
    expect(figureZoom(fitProjection([0, -10, 360, 10], 512, 100), 512, 1)).toBeCloseTo(0, 5);
    expect(figureZoom(fitProjection([40, 40, 50, 44], 1280, 800), 1280, 1)).toBeCloseTo(Math.log2(90), 5);
    // A 2× figure names as densely as the map one zoom lower.
    expect(figureZoom(fitProjection([40, 40, 50, 44], 2560, 1600), 2560, 2)).toBeCloseTo(Math.log2(90), 5);
  });
});

describe("the figure's basemap", () => {
  it("names more places in a close view than in a wide one of the same size", () => {
    const close = texts(group(draw(CAUCASUS, 1280, 800), "basemap-labels"));
    const wide = texts(group(draw(KAZAKHSTAN, 1280, 800), "basemap-labels"));
    expect(close).toEqual(expect.arrayContaining(["Ganja", "Kutaisi", "Kura"]));
    expect(wide).not.toContain("Kutaisi");
    expect(wide).toEqual(expect.arrayContaining(["Almaty", "Lake Balkhash", "Syr Darya"]));
  });

  it("draws lakes and rivers from the basemap", () => {
    const tree = draw(KAZAKHSTAN, 1280, 800);
    expect(group(tree, "lakes").length).toBeGreaterThan(5);
    expect(group(tree, "rivers").length).toBeGreaterThan(5);
  });

  it.each([
    ["the Caucasus", CAUCASUS, 1280, 800],
    ["Kazakhstan", KAZAKHSTAN, 1280, 800],
    ["Kazakhstan, small", KAZAKHSTAN, 480, 300],
  ] as const)("places no name over another or over a corridor place's name: %s", (_w, bounds, w, h) => {
    const tree = draw(bounds, w, h);
    const names = group(tree, "basemap-labels").filter((n) => n.tag === "text");
    const boxes = names.map((n) => boxOf(n, { size: 10, anchor: "middle" }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlap(boxes[i] as Box, boxes[j] as Box), `${names[i]?.text} / ${names[j]?.text}`).toBe(
          false,
        );
    const place = group(tree, "places").find((n) => n.tag === "text" && n.text === "Tbilisi");
    expect(place).toBeDefined();
    for (const [i, b] of boxes.entries())
      expect(overlap(b, boxOf(place as SvgNode, { size: 11, anchor: "start" })), String(names[i]?.text)).toBe(
        false,
      );
  });

  it("leaves a city at a corridor place to the place: one name", () => {
    const all = [
      ...texts(group(draw(CAUCASUS, 1280, 800), "basemap-labels")),
      ...texts(group(draw(CAUCASUS, 1280, 800), "places")),
    ];
    expect(all.filter((t) => t === "Tbilisi")).toHaveLength(1);
    // A second-rank place, which the figure does not name itself, is named once, in the
    // corridor's type beside the corridor's symbol, not as the basemap's city.
    const ganja = node("ganja", "Ganja", [46.36, 40.68], 2);
    const tree = draw(CAUCASUS, 1280, 800, [TBILISI, ganja]);
    expect(texts(group(tree, "basemap-labels"))).not.toContain("Ganja");
    // With the places, over the corridor's lines.
    const named = group(tree, "places").filter((n) => n.text === "Ganja");
    expect(named).toHaveLength(1);
    expect(named[0]?.attrs["data-place-label"]).toBe("");
    // Without the corridor place, the basemap names the city itself.
    expect(texts(group(draw(CAUCASUS, 1280, 800, []), "basemap-labels"))).toContain("Tbilisi");
  });
});

describe("label space", () => {
  it("takes a box clear of the others and inside the figure, and refuses the rest", () => {
    const space = new LabelSpace(100, 100);
    expect(space.take({ x0: 10, y0: 10, x1: 30, y1: 20 })).toBe(true);
    expect(space.take({ x0: 25, y0: 15, x1: 40, y1: 25 })).toBe(false);
    expect(space.take({ x0: 90, y0: 10, x1: 110, y1: 20 })).toBe(false);
    expect(space.take({ x0: 30, y0: 10, x1: 50, y1: 20 })).toBe(true);
  });
});
