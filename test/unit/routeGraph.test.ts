// The transport network routes run on, from the real data: which segments (the registry's
// routable kinds, built ones by default), stretches that add up to each segment's lengthKm,
// edges both ways, branches joined mid-line, and the gauge of every stretch.
import { describe, expect, it } from "vitest";
import { KINDS, REGISTRY } from "../../src/layers/registry.ts";
import { findRoutes } from "../../src/route/findRoutes.ts";
import { buildRouteGraph, gaugeOf } from "../../src/route/routeGraph.ts";
import { realCorridor } from "../fixtures/routeFixtures.ts";

const corridor = realCorridor();
const graph = buildRouteGraph(corridor);
const hops = [...graph.adjacency.values()].flat();

describe("the route graph", () => {
  it("has the built segments of routable kinds and nothing else: no cables, pipelines or trade flows", () => {
    const expected = corridor.segments
      .map((s) => s.properties)
      .filter(
        (p) => KINDS[p.kind].routable && p.group === KINDS[p.kind].group && REGISTRY.statuses[p.status].built,
      )
      .map((p) => p.id)
      .sort();
    expect([...graph.segments.keys()].sort()).toEqual(expected);
    expect(new Set([...graph.segments.values()].map((s) => s.kind))).toEqual(new Set(["rail", "sea"]));
    expect(graph.segments.has("caspian-fiber-aktau-sumgait")).toBe(false);
    expect(graph.segments.has("btc-pipeline-sangachal-ceyhan")).toBe(false);
    expect(graph.segments.has("trade-kz-grain-to-azerbaijan")).toBe(false);
    // A sea line, but an oil tanker leg under Energy: it carries crude, not freight.
    expect(graph.segments.has("caspian-oil-tanker-aktau-sangachal")).toBe(false);
    expect(graph.adjacency.has("sangachal")).toBe(false);
    // Not yet built: left out unless asked for.
    expect(graph.segments.has("kz-rail-moyynty-kyzylzhar")).toBe(false);
    expect(buildRouteGraph(corridor, { include: () => true }).segments.has("kz-rail-moyynty-kyzylzhar")).toBe(
      true,
    );
  });

  it("shares each segment's lengthKm out over its stretches, exactly", () => {
    for (const s of graph.segments.values()) {
      const km = hops.filter((h) => h.segment === s.id && h.forward).reduce((sum, h) => sum + h.km, 0);
      expect(km, s.id).toBe(s.lengthKm);
    }
  });

  it("walks every stretch both ways, with the same km and edge id", () => {
    for (const h of hops) {
      const back = graph.adjacency.get(h.to)?.filter((b) => b.edge === h.edge && b.to === h.from) ?? [];
      expect(
        back.map((b) => b.km),
        h.edge,
      ).toEqual([h.km]);
    }
  });

  it("joins a branch that leaves a line mid-way (the Khorgos branch at Jinghe)", () => {
    const atJinghe = new Set(graph.adjacency.get("jinghe")?.map((h) => h.segment));
    expect(atJinghe).toEqual(new Set(["cn-rail-lianyungang-dostyk", "cn-rail-jinghe-khorgos"]));
  });

  it("knows every place, also those no route reaches", () => {
    expect(graph.places.size).toBe(corridor.nodes.length);
    expect(graph.adjacency.has("sumgait")).toBe(false);
    expect(graph.places.has("sumgait")).toBe(true);
  });

  it("gives each stretch of track its gauge: BTK 1,520 mm up to Akhalkalaki, 1,435 mm on to Kars", () => {
    const btk = hops.filter((h) => h.segment === "btk-rail-marabda-kars" && h.forward);
    expect(btk.map((h) => [h.from, h.to, gaugeOf(graph, h)])).toEqual([
      ["marabda", "akhalkalaki", 1520],
      ["akhalkalaki", "kartsakhi", 1435],
      ["kartsakhi", "kars", 1435],
    ]);
    const sea = hops.find((h) => h.segment === "caspian-sea-kuryk-alat");
    expect(sea && gaugeOf(graph, sea)).toBeUndefined();
    const china = hops.filter((h) => h.segment === "cn-rail-lianyungang-dostyk");
    expect(new Set(china.map((h) => gaugeOf(graph, h)))).toEqual(new Set([1435]));
  });

  it("takes the kinds from the registry it is given", () => {
    const noSea = { ...REGISTRY, kinds: { ...REGISTRY.kinds, sea: { ...KINDS.sea, routable: false } } };
    const land = buildRouteGraph(corridor, { registry: noSea });
    expect([...land.segments.values()].some((s) => s.kind === "sea")).toBe(false);
    expect(findRoutes(land, { from: "lianyungang", to: "halkali", via: [] }).type).toBe("no-path");
    expect(findRoutes(land, { from: "lianyungang", to: "aktau-port", via: [] }).type).toBe("routes");
  });
});
