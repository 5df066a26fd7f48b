// Routes on the real data (issue 16): Lianyungang → Istanbul and its variants, km that add up,
// the borders and gauge changes on the main route, transit times only where sourced, vias, and
// the plain answers for the same place, no path and an unknown place.
import { describe, expect, it } from "vitest";
import { findRoutes, MAX_ROUTES, type RouteResult } from "../../src/route/findRoutes.ts";
import { buildRouteGraph } from "../../src/route/routeGraph.ts";
import type { RouteSummary } from "../../src/route/routeSummary.ts";
import { realCorridor } from "../fixtures/routeFixtures.ts";

const corridor = realCorridor();
const graph = buildRouteGraph(corridor);
const route = (from: string, to: string, via: string[] = [], g = graph): RouteResult =>
  findRoutes(g, { from, to, via });

function routesOf(r: RouteResult): RouteSummary[] {
  if (r.type !== "routes") throw new Error(`expected routes, got ${r.type}`);
  return r.routes;
}

const passes = (r: RouteSummary, place: string) => r.places.includes(place);
const lengthOf = (id: string) => corridor.segmentById.get(id)?.properties.lengthKm;

describe("Lianyungang → Istanbul (Halkalı)", () => {
  const routes = routesOf(route("lianyungang", "halkali"));

  it("has the Dostyk/Khorgos × Aktau/Kuryk variants, shortest first", () => {
    const variant = (r: RouteSummary) =>
      `${passes(r, "dostyk") ? "Dostyk" : passes(r, "altynkol") ? "Khorgos" : "?"}–${passes(r, "aktau-port") ? "Aktau" : passes(r, "kuryk-port") ? "Kuryk" : "?"}`;
    expect(routes.map(variant)).toEqual(["Dostyk–Aktau", "Dostyk–Kuryk", "Khorgos–Aktau", "Khorgos–Kuryk"]);
    expect(routes.length).toBeLessThanOrEqual(MAX_ROUTES);
    const kms = routes.map((r) => r.km);
    expect(kms).toEqual([...kms].sort((a, b) => a - b));
  });

  it("counts each variant's km as the sum of its legs', and a whole leg as its segment's lengthKm", () => {
    for (const r of routes) {
      expect(r.km).toBe(r.legs.reduce((sum, l) => sum + l.km, 0));
      expect(r.km).toBe(r.kmByKind.reduce((sum, k) => sum + k.km, 0));
      for (const l of r.legs) if (l.whole) expect(l.km, l.segment).toBe(lengthOf(l.segment));
      // A part of a segment is less than all of it.
      for (const l of r.legs) if (!l.whole) expect(l.km, l.segment).toBeLessThan(lengthOf(l.segment) ?? 0);
    }
  });

  it("lists the legs in order, end to end, each segment once", () => {
    for (const r of routes) {
      expect(r.legs[0]?.from).toBe("lianyungang");
      expect(r.legs.at(-1)?.to).toBe("halkali");
      for (let i = 1; i < r.legs.length; i++) expect(r.legs[i]?.from).toBe(r.legs[i - 1]?.to);
      expect(new Set(r.legs.map((l) => l.segment)).size).toBe(r.legs.length);
    }
    const [main] = routes;
    expect(main?.legs.map((l) => `${l.fromName} → ${l.toName}`).slice(0, 3)).toEqual([
      "Lianyungang port → Dostyk",
      "Dostyk → Beyneu (junction)",
      "Beyneu (junction) → Aktau Sea Trade Port",
    ]);
    expect(main?.kmByKind.map((k) => k.kind)).toEqual(["rail", "sea"]);
  });

  it("names the borders it crosses, by land and by sea", () => {
    expect(routes[0]?.borders.map((b) => b.label)).toEqual([
      "China–Kazakhstan at Alashankou/Dostyk",
      "Kazakhstan–Azerbaijan by sea, Aktau–Alat (Port of Baku)",
      "Azerbaijan–Georgia at Böyük Kəsik",
      "Georgia–Türkiye at Kartsakhi",
    ]);
    const khorgos = routes.find((r) => passes(r, "altynkol"));
    expect(khorgos?.borders[0]?.label).toBe("China–Kazakhstan at Khorgos/Altynkol");
    expect(routes[1]?.borders[1]).toMatchObject({
      fromCountry: "KZ",
      toCountry: "AZ",
      bySea: true,
      at: ["kuryk-port", "alat-port"],
    });
  });

  it("counts 2 gauge changes: at Dostyk or Altynkol, and at Akhalkalaki", () => {
    for (const r of routes) {
      expect(r.gaugeChanges.map((g) => [g.at, g.fromMm, g.toMm])).toEqual([
        [passes(r, "dostyk") ? "dostyk" : "altynkol", 1435, 1520],
        ["akhalkalaki", 1520, 1435],
      ]);
    }
    expect(routes[0]?.gaugeChanges.map((g) => g.label)).toEqual([
      "1,435 mm → 1,520 mm at Dostyk",
      "1,520 mm → 1,435 mm at Akhalkalaki",
    ]);
  });

  it("has one sea crossing and the annotations along it", () => {
    for (const r of routes) {
      expect(r.seaCrossings).toHaveLength(1);
      expect(r.legs[r.seaCrossings[0] ?? -1]?.kind).toBe("sea");
      expect(r.annotations.count).toBe(r.annotations.ids.length);
      expect(r.annotations.count).toBeGreaterThan(0);
      expect(r.notBuilt).toEqual([]);
    }
    const onSegments = new Set(
      routes[0]?.legs.flatMap(
        (l) => corridor.segmentById.get(l.segment)?.properties.annotations.map((a) => a.id) ?? [],
      ),
    );
    for (const id of onSegments) expect(routes[0]?.annotations.ids).toContain(id);
  });

  it("gives the sea leg's sourced time and no total, naming the legs without one", () => {
    const [main] = routes;
    if (!main) throw new Error("no route");
    expect(main.transit.total).toBeNull();
    expect(main.transit.legs).toEqual([
      {
        leg: main.seaCrossings[0],
        figure: expect.objectContaining({
          hours: 22,
          approx: true,
          ref: expect.objectContaining({ url: expect.stringMatching(/^https:\/\/sea-news\.az\//) }),
        }),
      },
    ]);
    expect(main.transit.legsWithout).toHaveLength(main.legs.length - 1);
    expect(main.transit.legsWithout).not.toContain(main.seaCrossings[0]);
  });
});

describe("transit totals", () => {
  it("add up only when every leg has a sourced figure", () => {
    const [kuryk] = routesOf(route("kuryk-port", "alat-port"));
    expect(kuryk?.transit.total).toEqual({ hours: 18, approx: true });
    const [aktau] = routesOf(route("aktau-port", "alat-port"));
    expect(aktau?.transit.total).toEqual({ hours: 22, approx: true });
    const [viaRail] = routesOf(route("mangyshlak", "alat-port"));
    expect(viaRail?.transit.total).toBeNull();
  });

  it("never give a part of a segment its whole figure", () => {
    // BTK given a (made-up) time: Marabda–Kars is all of it, Marabda–Akhalkalaki a part.
    const timed = corridor.segments.map((f) =>
      f.properties.id === "btk-rail-marabda-kars"
        ? {
            ...f,
            properties: { ...f.properties, transitHours: { hours: 9, approx: false, ref: { note: "test" } } },
          }
        : f,
    );
    const g = buildRouteGraph({ segments: timed, nodes: corridor.nodes });
    const [whole] = routesOf(route("marabda", "kars", [], g));
    expect(whole?.transit.total).toEqual({ hours: 9, approx: false });
    const [part] = routesOf(route("marabda", "akhalkalaki", [], g));
    expect(part?.legs.map((l) => [l.whole, l.transit])).toEqual([[false, null]]);
    expect(part?.transit).toEqual({ legs: [], total: null, legsWithout: [0] });
  });
});

describe("through places on the way", () => {
  it("passes the vias in order, walking no stretch twice", () => {
    const routes = routesOf(route("lianyungang", "halkali", ["kuryk-port"]));
    expect(routes.length).toBeGreaterThanOrEqual(2);
    for (const r of routes) {
      expect(passes(r, "kuryk-port")).toBe(true);
      const edges = r.legs.flatMap((l) => l.hops.map((h) => h.edge));
      expect(new Set(edges).size).toBe(edges.length);
    }
    const khorgos = routesOf(route("lianyungang", "halkali", ["altynkol", "kuryk-port"]));
    expect(
      khorgos.every((r) => passes(r, "altynkol") && passes(r, "kuryk-port") && !passes(r, "dostyk")),
    ).toBe(true);
  });

  it("says so when the only way through a via goes back over the same line", () => {
    const r = route("tbilisi", "kars", ["batumi"]);
    expect(r.type).toBe("no-path");
    if (r.type === "no-path")
      expect(r.message).toMatch(/passes Batumi port without going back over the same line/);
  });
});

describe("when there is no route", () => {
  it("From = To says so", () => {
    const r = route("aktau-port", "aktau-port");
    expect(r).toMatchObject({ type: "same", place: "aktau-port" });
    if (r.type === "same") expect(r.message).toBe("From and To are the same place: Aktau Sea Trade Port.");
    expect(route("aktau-port", "aktau-port", ["aktau-port"]).type).toBe("same");
  });

  it("a cable-only place has no path, and the message says why", () => {
    const r = route("sumgait", "lianyungang");
    expect(r.type).toBe("no-path");
    if (r.type === "no-path")
      expect(r.message).toBe(
        "No route joins Sumgait (fibre landing) and Lianyungang port. Sumgait (fibre landing) is on no line that routes can use (railway, road, sea crossing).",
      );
    expect(route("anaklia", "constanta").type).toBe("no-path");
  });

  it("an unknown place is named", () => {
    expect(route("lianyungang", "atlantis")).toMatchObject({ type: "unknown-place", ids: ["atlantis"] });
  });
});

describe("with the lines not yet built", () => {
  const all = buildRouteGraph(corridor, { include: () => true });
  it("finds the Moyynty–Kyzylzhar shortcut first and marks its leg as not built", () => {
    const [first] = routesOf(route("lianyungang", "halkali", [], all));
    const leg = first?.legs.findIndex((l) => l.segment === "kz-rail-moyynty-kyzylzhar");
    expect(leg).toBeGreaterThan(0);
    expect(first?.notBuilt).toEqual([leg]);
  });
});
