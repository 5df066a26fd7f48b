// What the Route region and the map read of a route (issue 16), on the real data: the one
// memoised selector (graph built once, routes once per query), the highlight's segment ids, the
// variants' names, the compare table's rows and columns, the transit sentence, and the store's
// route actions (history, the chosen variant, the camera frame).
import { describe, expect, it } from "vitest";
import { startTourSync } from "../../src/features/present/tourSync.ts";
import { stepRoute } from "../../src/features/present/tourTarget.ts";
import {
  compareRows,
  compareSet,
  transitSentence,
  variantNames,
} from "../../src/features/route/routeText.ts";
import { cameraSubject, labelledPlaces, routeKey } from "../../src/map/routeOnMap.ts";
import { findRoutes } from "../../src/route/findRoutes.ts";
import { stretchCollection, stretchLine } from "../../src/route/routeGeometry.ts";
import { buildRouteGraph } from "../../src/route/routeGraph.ts";
import { routeFromForm } from "../../src/route/routeQuery.ts";
import {
  routeHighlight,
  selectChosenRoute,
  selectRouteGraph,
  selectRouteHighlight,
  selectRouteResult,
} from "../../src/state/routeSelectors.ts";
import { createAppStore } from "../../src/state/store.ts";
import { parseHash } from "../../src/url/hashState.ts";
import { applyHashState } from "../../src/url/hashSync.ts";
import { selectHash } from "../../src/url/selectHash.ts";
import { realCorridor } from "../fixtures/routeFixtures.ts";

const corridor = realCorridor();
const graph = buildRouteGraph(corridor);
const LIANYUNGANG_ISTANBUL = { from: "lianyungang", to: "halkali", via: [] };
const result = findRoutes(graph, LIANYUNGANG_ISTANBUL);
const routes = result.type === "routes" ? result.routes : [];

function readyStore() {
  const store = createAppStore();
  store.getState().setLoad({ status: "ready", corridor });
  return store;
}

describe("the route selector", () => {
  it("builds the graph once per corridor and computes once per query", () => {
    const store = readyStore();
    expect(selectRouteResult(store.getState())).toBeNull();
    store.getState().setRouteForm({ from: "lianyungang", to: "halkali", via: [] });
    const first = selectRouteResult(store.getState());
    expect(first?.type).toBe("routes");
    const graphBefore = selectRouteGraph(store.getState());
    // Another change of state, and an equal query: the same objects, nothing recomputed.
    store.getState().setDrawerOpen(true);
    store.getState().setRoute({ from: "lianyungang", to: "halkali", via: [] }, "push");
    expect(selectRouteResult(store.getState())).toBe(first);
    expect(selectRouteGraph(store.getState())).toBe(graphBefore);
    expect(selectRouteHighlight(store.getState())).toBe(selectRouteHighlight(store.getState()));
  });

  it("highlights the stretches the chosen variant walks, and the others' it does not", () => {
    const h = routeHighlight(result, 2);
    expect(h).not.toBeNull();
    const third = routes[2];
    expect(h?.chosen).toEqual(third?.legs.flatMap((l) => l.hops.map((hop) => hop.edge)));
    const segmentsOf = (ids: readonly string[] = []) => new Set(ids.map((id) => id.split("#")[0]));
    expect(segmentsOf(h?.chosen).has("cn-rail-jinghe-khorgos")).toBe(true);
    // The Khorgos variant joins the Kazakh line at Saksaulskaya: Dostyk → Saksaulskaya is another
    // variant's, dimmed, not lit as the chosen one's.
    const dostykBeyneu = (ids: readonly string[] = []) =>
      ids.filter((id) => id.startsWith("kz-rail-dostyk-beyneu#"));
    expect(dostykBeyneu(h?.chosen).length).toBeGreaterThan(0);
    expect(dostykBeyneu(h?.others).length).toBeGreaterThan(0);
    expect(h?.others.some((id) => h.chosen.includes(id))).toBe(false);
    expect(h?.ends).toEqual(["lianyungang", "halkali"]);
    // An index past the list shows the last variant; no routes, no highlight.
    expect(routeHighlight(result, 99)?.chosen).toEqual(routeHighlight(result, routes.length - 1)?.chosen);
    expect(routeHighlight(findRoutes(graph, { from: "baku", to: "baku", via: [] }), 0)).toBeNull();
    expect(routeHighlight(null, 0)).toBeNull();
  });
});

describe("the stretches drawn", () => {
  it("cuts each stretch from its segment's line between the places it joins", () => {
    const h = routeHighlight(result, 2);
    const at = (id: string) => corridor.nodeById.get(id)?.geometry.coordinates;
    for (const leg of routes[2]?.legs ?? [])
      for (const hop of leg.hops) {
        const line = stretchLine(corridor, hop.edge) ?? [];
        const ends = [line[0], line.at(-1)];
        expect(ends, hop.edge).toEqual(hop.forward ? [at(hop.from), at(hop.to)] : [at(hop.to), at(hop.from)]);
      }
    // Dostyk is not on the chosen Khorgos variant's lines.
    const drawn = stretchCollection(corridor, [{ role: "chosen", edges: h?.chosen ?? [] }]);
    const dostyk = JSON.stringify(at("dostyk"));
    expect(drawn.features.some((f) => f.geometry.coordinates.some((c) => JSON.stringify(c) === dostyk))).toBe(
      false,
    );
    expect(drawn.features.every((f) => f.properties?.role === "chosen")).toBe(true);
    expect(stretchLine(corridor, "no-such-segment#0")).toBeNull();
  });
});

describe("the route on the map", () => {
  const h = routeHighlight(result, 0);
  const measure = (text: string, px: number) => text.length * px * 0.55;

  it("frames the chosen stretches with the two ends named on their outer sides", () => {
    const subject = cameraSubject(
      corridor,
      { type: "fit-stretches", ids: h?.chosen ?? [], ends: h?.ends ?? [], seq: 1 },
      measure,
      1,
    );
    const [w, s, e, n] = subject?.bounds ?? [0, 0, 0, 0];
    for (const id of ["lianyungang", "halkali"]) {
      const [lon = NaN, lat = NaN] = corridor.nodeById.get(id)?.geometry.coordinates ?? [];
      expect(lon >= w && lon <= e && lat >= s && lat <= n, id).toBe(true);
    }
    expect(subject?.labels.map((l) => l.side).sort()).toEqual(["left", "right"]);
    // Istanbul (west) named to its left, Lianyungang (east) to its right.
    expect(labelledPlaces(corridor, { type: "none" }, h ?? null)).toEqual({
      left: ["halkali"],
      right: ["lianyungang"],
    });
    // A selection's own names win over the route's.
    expect(labelledPlaces(corridor, { type: "node", id: "baku" }, h ?? null)).toEqual({
      left: [],
      right: ["baku"],
    });
    expect(
      cameraSubject(corridor, { type: "fit-stretches", ids: [], ends: [], seq: 2 }, measure, 1),
    ).toBeNull();
  });

  it("tells the setter when nothing changed", () => {
    expect(routeKey(h ?? null)).toBe(routeKey(routeHighlight(result, 0)));
    expect(routeKey(h ?? null)).not.toBe(routeKey(routeHighlight(result, 1)));
    expect(routeKey(null)).toBe("");
  });
});

describe("the store's route actions", () => {
  it("pushes history, starts at the shortest variant, and frames the chosen one", () => {
    const store = readyStore();
    store.getState().setRouteForm({ from: "lianyungang", to: null, via: [] });
    expect(store.getState().route).toBeNull();
    expect(store.getState().camera).toBeNull();
    store.getState().setRouteForm({ from: "lianyungang", to: "halkali", via: [null] });
    const s = store.getState();
    expect(s.route).toEqual(LIANYUNGANG_ISTANBUL);
    expect(s.historyIntent).toBe("push");
    // The empty place on the way stays in the form, not in the route.
    expect(s.routeForm?.via).toEqual([null]);
    expect(s.camera).toMatchObject({ type: "fit-stretches", ends: ["lianyungang", "halkali"] });
    s.chooseRouteVariant(1);
    expect(selectChosenRoute(store.getState())?.id).toBe(routes[1]?.id);
    expect(store.getState().camera).toMatchObject({
      type: "fit-stretches",
      ids: routeHighlight(result, 1)?.chosen,
    });
    // A new route starts again at the shortest.
    store.getState().setRouteForm({ from: "lianyungang", to: "tbilisi", via: [] });
    expect(store.getState().routeVariant).toBe(0);
    // Closing removes the route (a history entry).
    store.getState().setRouteForm(null);
    expect(store.getState().route).toBeNull();
    expect(store.getState().routeForm).toBeNull();
  });

  it("opens the region on a route from the URL, and closes it when Back leaves no route", () => {
    const store = readyStore();
    store
      .getState()
      .applyFromUrl({ type: "none" }, store.getState().visibleGroups, undefined, LIANYUNGANG_ISTANBUL);
    expect(store.getState().routeForm).toEqual({ from: "lianyungang", to: "halkali", via: [] });
    store.getState().applyFromUrl({ type: "none" }, store.getState().visibleGroups, undefined, null);
    expect(store.getState().routeForm).toBeNull();
  });

  it("shows the variant a link names, and frames a route link that names no view", () => {
    const store = readyStore();
    applyHashState(store, parseHash("#route=lianyungang~halkali&variant=2"), corridor);
    expect(store.getState().routeVariant).toBe(1);
    expect(store.getState().camera).toMatchObject({
      type: "fit-stretches",
      ids: routeHighlight(result, 1)?.chosen,
      ends: ["lianyungang", "halkali"],
    });
    expect(selectHash(store.getState())).toBe("#route=lianyungang~halkali&variant=2");
    // Back to the same route's shortest: the variant follows, the link's own view is kept.
    applyHashState(store, parseHash("#map=5/42/60&route=lianyungang~halkali"), corridor);
    expect(store.getState().routeVariant).toBe(0);
    expect(store.getState().camera).toMatchObject({ type: "view", view: { zoom: 5, lat: 42, lon: 60 } });
  });

  it("makes a route of a form only with From and To", () => {
    expect(routeFromForm({ from: "a", to: null, via: [] })).toBeNull();
    expect(routeFromForm({ from: "a", to: "b", via: [null, "c"] })).toEqual({
      from: "a",
      to: "b",
      via: ["c"],
    });
  });
});

describe("what the Route region says", () => {
  it("names the variants by the borders that tell them apart", () => {
    expect(variantNames(routes)).toEqual([
      "via Alashankou/Dostyk, Aktau–Alat",
      "via Alashankou/Dostyk, Kuryk–Alat",
      "via Khorgos/Altynkol, Aktau–Alat",
      "via Khorgos/Altynkol, Kuryk–Alat",
    ]);
  });

  it("compares up to three variants, the chosen one always among them", () => {
    expect(compareSet(4, 0)).toEqual([0, 1, 2]);
    expect(compareSet(4, 2)).toEqual([0, 1, 2]);
    expect(compareSet(4, 3)).toEqual([0, 1, 3]);
    expect(compareSet(2, 1)).toEqual([0, 1]);
    const rows = compareRows(routes.slice(0, 3));
    const row = (label: string) => rows.find((r) => r.label === label)?.values;
    expect(row("Total")).toEqual(routes.slice(0, 3).map((r) => `${r.km.toLocaleString("en-GB")} km`));
    expect(row("Borders")).toEqual(["4", "4", "4"]);
    expect(row("Gauge changes")).toEqual(["2", "2", "2"]);
    expect(row("Sea crossing")).toEqual(["484 km", "433 km", "484 km"]);
    expect(row("Transit time")).toEqual(Array(3).fill("not sourced for every leg"));
  });

  it("gives a total time only when every leg has a sourced one, else names the legs without", () => {
    const ferry = findRoutes(graph, { from: "aktau-port", to: "alat-port", via: [] });
    const ferryRoute = ferry.type === "routes" ? ferry.routes[0] : undefined;
    expect(ferryRoute && transitSentence(ferryRoute)).toBe(
      "Total transit time: about 22 h, the sum of the sourced times of every leg.",
    );
    const first = routes[0];
    const sentence = first ? transitSentence(first) : "";
    expect(sentence).toMatch(/^No total time: no source gives one for 9 legs: /);
    expect(sentence).toContain("Lianyungang port → Dostyk");
    expect(sentence).not.toContain("Aktau Sea Trade Port → Baku");
  });
});

describe("a briefing step that is a route", () => {
  const tour = corridor.collection.tour;
  const index = tour.findIndex((s) => s.target.type === "route");

  it("is in the tour, and every route step has a route in the data", () => {
    expect(index).toBeGreaterThanOrEqual(0);
    for (const step of tour) {
      const r = stepRoute(step);
      if (r) expect(findRoutes(graph, r.query).type, step.title).toBe("routes");
    }
  });

  it("shows its route and variant, frames it, and the next step shows none", () => {
    const store = createAppStore({ step: 0 });
    store.getState().setLoad({ status: "ready", corridor });
    const stop = startTourSync(store, corridor);
    store.getState().setStep(index);
    const step = tour[index];
    const r = step ? stepRoute(step) : null;
    expect(store.getState().route).toEqual(r?.query);
    expect(store.getState().routeVariant).toBe(r?.variant);
    expect(store.getState().camera).toMatchObject({
      type: "fit-stretches",
      ends: [r?.query.from, r?.query.to],
    });
    store.getState().setStep(index + 1);
    expect(store.getState().route).toBeNull();
    stop();
  });
});
