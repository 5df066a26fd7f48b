import { describe, expect, it } from "vitest";
import { defaultVisibleGroups } from "../../src/layers/registry.ts";
import { type HashState, parseHash, serializeHash } from "../../src/url/hashState.ts";

const DEFAULT: HashState = { view: null, selection: { type: "none" }, layers: null };

describe("URL hash state", () => {
  it("round-trips view, selection and layers", () => {
    const state: HashState = {
      view: { zoom: 6.5, lat: 41.7167, lon: 44.7833 },
      selection: { type: "segment", id: "btk-rail-marabda-kars" },
      layers: ["transport", "telecom"],
    };
    const hash = serializeHash(state, defaultVisibleGroups());
    expect(hash).toBe("#map=6.5/41.7167/44.7833&seg=btk-rail-marabda-kars&layers=transport,telecom");
    expect(parseHash(hash)).toEqual(state);
  });

  it("writes the OpenStreetMap form map=ZOOM/LAT/LON", () => {
    expect(parseHash("#map=5/42.5/60")).toEqual({ ...DEFAULT, view: { zoom: 5, lat: 42.5, lon: 60 } });
  });

  it("omits default layers and writes none when all are off", () => {
    const base = { view: null, selection: { type: "none" } as const };
    expect(serializeHash({ ...base, layers: defaultVisibleGroups() }, defaultVisibleGroups())).toBe("");
    expect(serializeHash({ ...base, layers: [] }, defaultVisibleGroups())).toBe("#layers=none");
    expect(parseHash("#layers=none").layers).toEqual([]);
  });

  it("round-trips a node selection", () => {
    const hash = serializeHash(
      { ...DEFAULT, selection: { type: "node", id: "aktau-port" } },
      defaultVisibleGroups(),
    );
    expect(parseHash(hash).selection).toEqual({ type: "node", id: "aktau-port" });
  });

  it.each([
    "",
    "#",
    "#map=",
    "#map=abc",
    "#map=5/95/10",
    "#map=99/40/50",
    "#map=5/40",
    "#map=5/40/50/7",
    "#map=5/40/Infinity",
    "#map=NaN/NaN/NaN",
    "#seg=<script>alert(1)</script>",
    "#seg=Not_Kebab",
    "#seg=%E0%A4%A",
    "#layers=transport,bogus",
    "#layers=",
    "#&&&===",
    "#map=5/1e3/2",
  ])("falls back to defaults for garbage: %s", (hash) => {
    expect(parseHash(hash)).toEqual(DEFAULT);
  });

  it("keeps the valid parts of a partly malformed hash", () => {
    expect(parseHash("#map=bad&seg=kz-rail&layers=bogus")).toEqual({
      ...DEFAULT,
      selection: { type: "segment", id: "kz-rail" },
    });
  });
});

describe("URL hash state, briefing step", () => {
  it("round-trips &step=N and ignores a malformed step", () => {
    const hash = serializeHash(
      { view: null, selection: { type: "segment", id: "kz-rail" }, layers: null, step: 4 },
      defaultVisibleGroups(),
    );
    expect(hash).toBe("#seg=kz-rail&step=4");
    expect(parseHash(hash).step).toBe(4);
    for (const bad of ["#step=0", "#step=-1", "#step=abc", "#step=1e3", "#step=10000"])
      expect(parseHash(bad).step).toBeUndefined();
  });
});

describe("URL hash state, as-of date and changes since", () => {
  it("round-trips &date= and &since= at every precision", () => {
    for (const [date, since] of [
      ["2016", "2015-03"],
      ["2016-06", "2015-03-12"],
      ["2018-01-31", "2010"],
    ] as const) {
      const parsed = parseHash(`#seg=btk&date=${date}&since=${since}`);
      expect(parsed.date?.iso).toBe(date);
      expect(parsed.since?.iso).toBe(since);
      expect(serializeHash(parsed, defaultVisibleGroups())).toBe(`#seg=btk&date=${date}&since=${since}`);
    }
  });

  it("drops a malformed date silently, keeping the rest", () => {
    for (const bad of [
      "2016-13",
      "2016-02-30",
      "16-06",
      "2016-6",
      "june",
      "",
      "20160601",
      "2016-06-01T00:00Z",
      "9999",
    ]) {
      const parsed = parseHash(`#seg=kz-rail&date=${bad}&since=${bad}`);
      expect(parsed.date ?? null, bad).toBeNull();
      expect(parsed.since ?? null, bad).toBeNull();
      expect(parsed.selection).toEqual({ type: "segment", id: "kz-rail" });
    }
  });
});

describe("URL hash state, route", () => {
  it("round-trips &route=FROM~TO with vias in order", () => {
    for (const [hash, route] of [
      ["#route=lianyungang~halkali", { from: "lianyungang", to: "halkali", via: [] }],
      [
        "#route=lianyungang~halkali~via:altynkol~via:kuryk-port",
        { from: "lianyungang", to: "halkali", via: ["altynkol", "kuryk-port"] },
      ],
    ] as const) {
      const parsed = parseHash(hash);
      expect(parsed.route).toEqual(route);
      expect(serializeHash(parsed, defaultVisibleGroups())).toBe(hash);
    }
    const withRest = "#map=5/42/55&node=kars&date=2016&route=kars~aktau-port";
    expect(serializeHash(parseHash(withRest), defaultVisibleGroups())).toBe(withRest);
  });

  it("keeps From = To: it is for the route to say so, not the URL", () => {
    expect(parseHash("#route=kars~kars").route).toEqual({ from: "kars", to: "kars", via: [] });
  });

  it("drops a malformed route silently, keeping the rest", () => {
    for (const bad of [
      "",
      "kars",
      "kars~",
      "~kars",
      "Kars~Ankara",
      "kars~ankara~erzurum",
      "kars~ankara~via:",
      "kars~ankara~via:Erzurum",
      "kars~ankara~VIA:erzurum",
      "kars~ankara~via:erzurum~",
      "kars~<script>",
      `kars~ankara${"~via:sivas".repeat(9)}`,
    ]) {
      const parsed = parseHash(`#seg=kz-rail&route=${bad}`);
      expect(parsed.route ?? null, bad).toBeNull();
      expect(parsed.selection).toEqual({ type: "segment", id: "kz-rail" });
    }
    expect(parseHash(`#route=kars~ankara${"~via:sivas".repeat(8)}`).route?.via).toHaveLength(8);
  });

  it("reads a percent-encoded route as typed", () => {
    expect(parseHash("#route=kars%7Eankara%7Evia%3Aerzurum").route).toEqual({
      from: "kars",
      to: "ankara",
      via: ["erzurum"],
    });
  });
  it("carries the variant shown (1-based), only with a route and only when not the shortest", () => {
    const route = { from: "lianyungang", to: "halkali", via: [] };
    expect(serializeHash({ ...DEFAULT, route, variant: 2 }, defaultVisibleGroups())).toBe(
      "#route=lianyungang~halkali&variant=2",
    );
    expect(serializeHash({ ...DEFAULT, route, variant: 1 }, defaultVisibleGroups())).toBe(
      "#route=lianyungang~halkali",
    );
    expect(serializeHash({ ...DEFAULT, variant: 3 }, defaultVisibleGroups())).toBe("");
    expect(parseHash("#route=kars~ankara&variant=3").variant).toBe(3);
    for (const bad of ["0", "6", "12", "-1", "2.5", "two", ""])
      expect(parseHash(`#route=kars~ankara&variant=${bad}`).variant ?? null, bad).toBeNull();
  });
});
