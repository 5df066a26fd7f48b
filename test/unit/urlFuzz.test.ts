// Property tests: thousands of random and hostile hashes and query strings thrown at the URL
// parsers. They never throw, always give a valid state (src/url/validState.ts says what valid
// is), and serialize(parse(x)) is a fixed point.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { embedOptionsOf, parseMode, serializeEmbed } from "../../src/app/mode.ts";
import { defaultVisibleGroups, GROUPS, LAYER_GROUPS } from "../../src/layers/registry.ts";
import { createAppStore } from "../../src/state/store.ts";
import { parseHash, serializeHash } from "../../src/url/hashState.ts";
import { applyHashState } from "../../src/url/hashSync.ts";
import { appliedStateProblems, hashStateProblems, modeStateProblems } from "../../src/url/validState.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";

const RUNS = 3000;
const corridor = fixtureCorridor();

// --- hostile pieces --------------------------------------------------------------------------

const hostileValues = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e308",
  "-1e308",
  "9".repeat(400),
  "0x1F",
  "-0",
  "%",
  "%%",
  "%E0%A4%A",
  "%00",
  "%2F%2F",
  "%C0%AE",
  "%uD800",
  "\u0000",
  "\uD800",
  "😀",
  "ẞ",
  "",
  " ",
  "a".repeat(10_000),
  `${"a-".repeat(5000)}a`,
];

const number = fc.oneof(
  fc.double().map(String),
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.double({ min: -200, max: 200, noNaN: true }).map((n) => n.toFixed(3)),
  fc.constantFrom(
    "NaN",
    "Infinity",
    "-Infinity",
    "1e3",
    "-5",
    "1.",
    ".5",
    "+3",
    "2.123456789",
    "13",
    "1.999999999",
  ),
);

const mapValue = fc.oneof(
  fc.tuple(number, number, number).map((p) => p.join("/")),
  fc.array(number, { maxLength: 5 }).map((p) => p.join("/")),
  fc
    .tuple(
      fc.double({ min: -5, max: 20, noNaN: true }),
      fc.double({ min: -100, max: 100, noNaN: true }),
      fc.double({ min: -200, max: 200, noNaN: true }),
    )
    .map(([z, a, b]) => `${z.toFixed(2)}/${a.toFixed(4)}/${b.toFixed(4)}`),
);

const idValue = fc.oneof(
  fc.constantFrom(
    ...corridor.segments.map((s) => s.properties.id),
    ...corridor.nodes.map((n) => n.properties.id),
  ),
  fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/),
  fc.constantFrom("rail-a-", "Rail-A", "rail--a", "rail_a", "rail a"),
  fc.integer({ min: 1, max: 400 }).map((n) => `${"a-".repeat(n)}a`),
);

const layersValue = fc.oneof(
  fc
    .array(fc.constantFrom(...LAYER_GROUPS.map((g) => GROUPS[g].urlCode), "bogus", "", "none", "TRANSPORT"), {
      maxLength: 6,
    })
    .map((a) => a.join(",")),
  fc.constant("none"),
);

const routeValue = fc
  .tuple(
    fc.oneof(idValue, anyish()),
    fc.oneof(idValue, anyish()),
    fc.array(fc.tuple(fc.constantFrom("via:", "", "via", "VIA:", "via::"), idValue), { maxLength: 10 }),
  )
  .map(([from, to, via]) => [from, to, ...via.map(([p, id]) => p + id)].join("~"));

/** A few hostile values, for the route's parts (anyValue is defined below, from them too). */
function anyish() {
  return fc.constantFrom(...hostileValues, "~", "~~", "via:", "a~b~c");
}

const anyValue = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constantFrom(...hostileValues),
  number,
  mapValue,
  idValue,
  layersValue,
  routeValue,
);

const hashKey = fc.oneof(
  fc.constantFrom("map", "seg", "node", "layers", "step", "route"),
  fc.constantFrom("__proto__", "constructor", "prototype", "MAP", "seg ", " seg", "m%61p", "", "=", "&"),
  fc.string({ maxLength: 8 }),
);

const valueFor = (key: string) => {
  switch (key) {
    case "map":
      return fc.oneof(mapValue, anyValue);
    case "seg":
    case "node":
      return fc.oneof(idValue, anyValue);
    case "layers":
      return fc.oneof(layersValue, anyValue);
    case "step":
      return fc.oneof(number, anyValue);
    case "route":
      return fc.oneof(routeValue, anyValue);
    default:
      return anyValue;
  }
};

/** Percent-encodes some values (as a browser or a mail client might), mangles others. */
const encoding = fc.constantFrom<(s: string) => string>(
  (s) => s,
  (s) => {
    try {
      return encodeURIComponent(s);
    } catch {
      return s;
    }
  },
  (s) => s.replace(/\//g, "%2F"),
  (s) => `${s}%`,
);

const pair = hashKey.chain((key) =>
  fc
    .tuple(valueFor(key), encoding, fc.constantFrom("=", "==", ""))
    .map(([value, enc, eq]) => `${key}${eq}${enc(value)}`),
);

const hostileHash = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary-ascii", maxLength: 200 }) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.constantFrom("#", "", "##", "#&"),
        fc.array(pair, { maxLength: 8 }),
        fc.constantFrom("&", "&&", ";"),
      )
      .map(([prefix, pairs, sep]) => prefix + pairs.join(sep)),
  },
);

// --- properties ------------------------------------------------------------------------------

describe("URL hash fuzzing", () => {
  it("parseHash never throws and always gives a valid state", () => {
    fc.assert(
      fc.property(hostileHash, (hash) => {
        expect(hashStateProblems(parseHash(hash))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it("serialize(parse(x)) is stable: parsing it again gives the same state and the same text", () => {
    fc.assert(
      fc.property(hostileHash, (hash) => {
        const once = serializeHash(parseHash(hash), defaultVisibleGroups());
        const reparsed = parseHash(once);
        expect(hashStateProblems(reparsed)).toEqual([]);
        expect(serializeHash(reparsed, defaultVisibleGroups())).toBe(once);
        expect(parseHash(serializeHash(reparsed, defaultVisibleGroups()))).toEqual(reparsed);
      }),
      { numRuns: RUNS },
    );
  });

  it("applied to the data, keeps only ids the data has, and in present mode a step inside the tour", () => {
    fc.assert(
      fc.property(hostileHash, fc.boolean(), (hash, present) => {
        const store = createAppStore(present ? { step: 0 } : {});
        store.getState().setLoad({ status: "ready", corridor });
        applyHashState(store, parseHash(hash), corridor);
        expect(appliedStateProblems(store.getState(), corridor)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it("finds the hostile keys harmless: no prototype is touched", () => {
    for (const hash of [
      "#__proto__=x&constructor=y",
      "#__proto__[polluted]=1",
      "#constructor.prototype.x=1",
    ]) {
      const state = parseHash(hash);
      expect(hashStateProblems(state)).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    }
  });
});

// --- the query string ------------------------------------------------------------------------

const queryKey = fc.oneof(
  fc.constantFrom("embed", "present", "presenter", "legend", "static", "height"),
  fc.constantFrom("__proto__", "constructor", "EMBED", "embed[]", "", "%65mbed"),
  fc.string({ maxLength: 8 }),
);
const queryValue = fc.oneof(
  fc.constantFrom("1", "0", "true", "false", "TRUE", "yes", "", "400", "600", "800", "199", "2001", "5e2"),
  fc.constantFrom("0x1F4", " 500 ", "500.0", "-400", "1e999", "NaN", "Infinity", "400abc", "٤٠٠"),
  anyValue,
);
const hostileQuery = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc
    .tuple(
      fc.constantFrom("?", "", "??"),
      fc.array(
        fc.tuple(queryKey, queryValue, encoding).map(([k, v, enc]) => `${k}=${enc(v)}`),
        { maxLength: 8 },
      ),
    )
    .map(([prefix, pairs]) => prefix + pairs.join("&")),
);

describe("URL query fuzzing", () => {
  it("parseMode never throws and always gives a valid mode", () => {
    fc.assert(
      fc.property(hostileQuery, (search) => {
        expect(modeStateProblems(parseMode(search))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it("the embed options round-trip through serializeEmbed", () => {
    fc.assert(
      fc.property(hostileQuery, (search) => {
        const embed = embedOptionsOf(parseMode(search));
        const again = parseMode(serializeEmbed(embed));
        expect(again).toEqual({ mode: "embed", embed });
        expect(serializeEmbed(embedOptionsOf(again))).toBe(serializeEmbed(embed));
      }),
      { numRuns: RUNS },
    );
  });

  it("takes the height only as plain digits", () => {
    for (const h of ["0x1F4", " 500 ", "5e2", "500.0", "+500"]) {
      expect(embedOptionsOf(parseMode(`?embed=1&height=${encodeURIComponent(h)}`)).height).toBe(600);
    }
    expect(embedOptionsOf(parseMode("?embed=1&height=500")).height).toBe(500);
  });
});
