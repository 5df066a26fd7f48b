// Adding a kind is a registry entry: given a copy of the registry with new kinds, the map style,
// the legends, the figures, the line style and the geometry checks all draw or check them. Each
// check also runs with the real registry, which lacks the kinds, so a consumer that ignored the
// registry it was given would fail here.
import { describe, expect, it } from "vitest";
import type { SegmentFeature } from "../../src/data/corridorTypes.ts";
import { type CountryShape, checkSegmentGeometry } from "../../src/data/geoChecks.ts";
import type { Segment } from "../../src/data/schema.ts";
import type { SegmentKind } from "../../src/data/vocabulary.ts";
import { figureSvg } from "../../src/features/export/figure/figureSvg.ts";
import { legendGroupRows, legendKindRows } from "../../src/features/legend/legendRows.ts";
import { type KindSpec, REGISTRY, type Registry } from "../../src/layers/registry.ts";
import { LAYER_FLOW_ARROWS } from "../../src/map/layerIds.ts";
import { buildStyle, groupFilters } from "../../src/map/style.ts";
import { drawnLine } from "../../src/render/lineStyle.ts";
import { vectorMapNodes } from "../../src/render/vectorMap.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";

const NEW_KINDS: Record<string, KindSpec> = {
  tram: {
    group: "transport",
    label: "Tramway",
    patternLabel: "dash-dot",
    color: "#123456",
    width: 2.4,
    dash: [2, 1, 0.5, 1],
    z: 47,
    surface: "land",
    flow: false,
    routable: true,
    gauged: false,
  },
  barge: {
    group: "transport",
    label: "River barge",
    patternLabel: "short dash",
    color: "#0A5F7E",
    width: 2,
    dash: [1, 1],
    z: 41,
    surface: "water",
    flow: false,
    routable: true,
    gauged: false,
  },
  "data-flow": {
    group: "telecom",
    label: "Data flow",
    patternLabel: "long dash",
    color: "#5A2D82",
    width: 2,
    dash: [6, 2],
    z: 21,
    surface: "any",
    flow: true,
    routable: false,
    gauged: false,
  },
};

const EXTENDED: Registry = {
  ...REGISTRY,
  kinds: { ...REGISTRY.kinds, ...NEW_KINDS },
  kindOrder: [...REGISTRY.kindOrder, ...Object.keys(NEW_KINDS)],
};

const ASSETS = { basemapUrl: "basemap.topojson", fonts: { regular: [], semibold: [], italic: [] } };

describe("a kind added to a copy of the registry", () => {
  it("the line style draws it in its colour, pattern and width, lighter when not built", () => {
    const built = drawnLine("tram", "operational", EXTENDED);
    expect(built).toMatchObject({ color: "#123456", dash: [2, 1, 0.5, 1], width: 2.4, opacity: 1 });
    expect(drawnLine("tram", "planned", EXTENDED).opacity).toBeLessThan(1);
    expect(() => drawnLine("tram", "operational")).toThrow(/no kind "tram"/);
  });

  it("the map style has its two line layers, in z order, and its group switch filters them", () => {
    const layers = buildStyle(ASSETS, 1, EXTENDED).layers;
    const ids = layers.map((l) => l.id);
    for (const built of ["built", "unbuilt"]) {
      const layer = layers.find((l) => l.id === `segments-tram-${built}`);
      expect(layer?.type).toBe("line");
      expect(layer && "paint" in layer ? (layer.paint as Record<string, unknown>)["line-color"] : null).toBe(
        "#123456",
      );
      expect(JSON.stringify(layer && "filter" in layer ? layer.filter : null)).toContain('"tram"');
    }
    // z 47: above roads (45), below railways (50).
    expect(ids.indexOf("segments-tram-built")).toBeGreaterThan(ids.indexOf("segments-road-built"));
    expect(ids.indexOf("segments-tram-built")).toBeLessThan(ids.indexOf("segments-rail-built"));
    // The new flow kind carries direction arrows.
    const arrows = layers.find((l) => l.id === LAYER_FLOW_ARROWS);
    expect(JSON.stringify(arrows && "filter" in arrows ? arrows.filter : null)).toContain('"data-flow"');
    expect(Object.fromEntries(groupFilters(["transport"], EXTENDED))).toHaveProperty("segments-tram-unbuilt");

    const plain = buildStyle(ASSETS).layers.map((l) => l.id);
    expect(plain).not.toContain("segments-tram-built");
    const plainArrows = buildStyle(ASSETS).layers.find((l) => l.id === LAYER_FLOW_ARROWS);
    expect(JSON.stringify(plainArrows && "filter" in plainArrows ? plainArrows.filter : null)).not.toContain(
      '"data-flow"',
    );
    expect(Object.fromEntries(groupFilters(["transport"]))).not.toHaveProperty("segments-tram-unbuilt");
  });

  it("the legends list it under its group, in the registry's order", () => {
    const present = new Set<string>(["rail", "tram", "data-flow"]);
    expect(legendKindRows(present, EXTENDED)).toEqual([
      { kind: "rail", label: "Railway", patternLabel: "solid" },
      { kind: "tram", label: "Tramway", patternLabel: "dash-dot" },
      { kind: "data-flow", label: "Data flow", patternLabel: "long dash" },
    ]);
    const groups = legendGroupRows(present, EXTENDED);
    expect(groups.map((g) => [g.label, g.kinds.map((k) => k.label)])).toEqual([
      ["Transport", ["Railway", "Tramway"]],
      ["Telecom", ["Data flow"]],
    ]);
    expect(legendKindRows(present).map((r) => r.kind)).toEqual(["rail"]);
  });

  it("the figures draw it: its line on the vector map, its sample and name in the legend", () => {
    const corridor = fixtureCorridor();
    const rail = corridor.segments[0] as SegmentFeature;
    const tram = {
      ...rail,
      properties: { ...rail.properties, id: "tram-a", kind: "tram" as SegmentKind },
    } as SegmentFeature;
    const map = {
      basemap: { type: "FeatureCollection" as const, features: [] },
      segments: [rail, tram],
      nodes: corridor.nodes,
      selectedId: null,
    };
    const nodes = vectorMapNodes({
      ...map,
      bounds: [40, 30, 80, 50],
      width: 800,
      height: 500,
      scale: 1,
      registry: EXTENDED,
    });
    const corridorGroup = nodes.find((n) => n.attrs.id === "corridor");
    const tramPath = corridorGroup?.children?.find((n) => n.attrs["data-segment-id"] === "tram-a");
    expect(tramPath?.attrs.stroke).toBe("#123456");
    expect(() =>
      vectorMapNodes({ ...map, bounds: [40, 30, 80, 50], width: 800, height: 500, scale: 1 }),
    ).toThrow(/no kind "tram"/);

    const figure = (registry?: Registry) =>
      figureSvg({
        width: 1200,
        height: 800,
        scale: 1,
        title: "T",
        subtitle: "S",
        bounds: [40, 30, 80, 50],
        map: { kind: "raster", href: "data:image/png;base64," },
        legendKinds: ["rail", "tram"],
        sources: [],
        asOf: "1 Dec 2026",
        permalink: "https://example.org/",
        credits: "C",
        ...(registry ? { registry } : {}),
      });
    const svg = figure(EXTENDED);
    expect(svg).toContain(">Tramway</text>");
    expect(svg).toMatch(/<line [^>]*stroke="#123456"/);
    expect(figure()).not.toContain("Tramway");
  });

  it("the geometry checks keep a land kind on land and a water kind on water", () => {
    const land: CountryShape = {
      code: "AA",
      name: "Land AA",
      polygons: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      ],
    };
    const segment = (kind: string, waypoints: [number, number][]): Segment & { file: string } => ({
      id: kind,
      name: kind,
      kind: kind as SegmentKind,
      status: "operational",
      order: 1,
      from: "a",
      to: "b",
      countries: ["AA"],
      role: "main",
      waypoints,
      facts: [],
      history: [],
      file: "data/segments/s.json",
    });
    // A tram running out over the water east of its country; a barge across the middle of it.
    const tram = segment("tram", [
      [0.5, 0.5],
      [3, 0.5],
    ]);
    const barge = segment("barge", [
      [-2, 0.5],
      [3, 0.5],
    ]);
    const errors = checkSegmentGeometry([tram, barge], [land], EXTENDED);
    expect(errors.map((e) => [e.entry, e.message.replace(/ near -?[\d.]+, -?[\d.]+/, "")])).toEqual([
      ['"tram"', "leaves its countries (AA): a land line must stay on land"],
      ['"barge"', "runs over land (Land AA (AA)), away from its landing points"],
    ]);
    // The real registry has neither kind, so neither is checked for its surface.
    expect(checkSegmentGeometry([tram, barge], [land])).toEqual([]);
  });
});
