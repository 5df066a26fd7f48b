// What `npm run check:data` tells an author about the fields routes read: a rail segment's
// gauge (present, one of the two gauges, changing at a place the line passes) and transit times.
import { describe, expect, it } from "vitest";
import type { RawData } from "../../src/data/validateData.ts";
import { fixtureErrors } from "../fixtures/corridorFixture.ts";

type Entry = Record<string, unknown>;
const segment = (raw: RawData, i: number) => raw.segments[i]!.content as Entry;

const errorsOf = fixtureErrors;

const RAIL = 'data/segments/rail-a.json, entry "rail-a"';

describe("a rail segment's gauge", () => {
  it("is required, with a message that says what to write", () => {
    expect(errorsOf((raw) => delete segment(raw, 0).gauge)).toEqual([
      `${RAIL}, field "gauge": a rail segment needs its gauge: { "mm": 1435 or 1520, "ref": { "url" or "note" } }`,
    ]);
  });

  it("must be 1435 or 1520 mm", () => {
    expect(
      errorsOf((raw) => {
        segment(raw, 0).gauge = { mm: 1067, ref: { note: "x" } };
      }),
    ).toEqual([`${RAIL}, field "gauge.mm": must be one of 1435, 1520`]);
  });

  it("needs its reference", () => {
    const errs = errorsOf((raw) => {
      segment(raw, 0).gauge = { mm: 1520 };
    });
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^data\/segments\/rail-a\.json, entry "rail-a", field "gauge\.ref": /);
  });

  it("changes only at a place the line passes between its ends", () => {
    const atEnd = errorsOf((raw) => {
      segment(raw, 0).gauge = { mm: 1520, changeAt: "aktau", ref: { note: "x" } };
    });
    expect(atEnd).toEqual([
      `${RAIL}, field "gauge.changeAt": "aktau" is not a place this line passes between its ends (a waypoint equal to that node's coordinates)`,
    ]);
    const inner = errorsOf((raw) => {
      (raw.nodes.content as { nodes: Entry[] }).nodes.push({
        id: "shetpe",
        name: "Shetpe",
        kind: "city",
        country: "KZ",
        coordinates: [52.12, 44.17],
      });
      segment(raw, 0).gauge = { mm: 1520, changeAt: "shetpe", ref: { note: "x" } };
    });
    expect(inner).toEqual([]);
  });

  it("is refused on a kind without track", () => {
    expect(
      errorsOf((raw) => {
        segment(raw, 1).gauge = { mm: 1435, ref: { note: "x" } };
      }),
    ).toEqual([
      'data/segments/fiber-a.json, entry "fiber-a", field "gauge": only track has a gauge; a fiber segment has none',
    ]);
  });
});

describe("a transit time", () => {
  it("is a positive number of hours with a reference, on a kind routes run on", () => {
    expect(
      errorsOf((raw) => {
        segment(raw, 0).transitHours = { hours: 30, approx: true, ref: { url: "https://example.org/t" } };
      }),
    ).toEqual([]);
    expect(
      errorsOf((raw) => {
        segment(raw, 0).transitHours = { hours: 0, ref: { note: "x" } };
      })[0],
    ).toMatch(/^data\/segments\/rail-a\.json, entry "rail-a", field "transitHours\.hours": /);
    expect(
      errorsOf((raw) => {
        segment(raw, 1).transitHours = { hours: 10, ref: { note: "x" } };
      }),
    ).toEqual([
      'data/segments/fiber-a.json, entry "fiber-a", field "transitHours": routes do not run on fiber segments, so they have no transit time',
    ]);
  });
});
