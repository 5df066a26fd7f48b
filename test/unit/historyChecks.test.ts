// The history checks: each rule refused with a message naming file, entry and field, and the
// real data under data/ passing them all.
import { describe, expect, it } from "vitest";
import { loadCorridor } from "../../scripts/lib/loadCorridor.ts";
import { checkHistories, firstDayOf } from "../../src/data/checks/historyChecks.ts";
import { formatDataError } from "../../src/data/dataErrors.ts";
import type { RawData } from "../../src/data/validateData.ts";
import { STATUS_PROGRESSION, STATUSES } from "../../src/data/vocabulary.ts";
import { fixtureErrors } from "../fixtures/corridorFixture.ts";

type Event = Record<string, unknown>;
const historyOf = (raw: RawData, i: number) => (raw.segments[i]!.content as { history: Event[] }).history;
const nodeOf = (raw: RawData, i: number) =>
  (raw.nodes.content as { nodes: Record<string, unknown>[] }).nodes[i]!;

const errorsOf = fixtureErrors;

const RAIL = 'data/segments/rail-a.json, entry "rail-a"';

describe("history checks", () => {
  it("accepts the fixture's histories (a target after the latest status, ties allowed)", () => {
    expect(errorsOf(() => {})).toEqual([]);
  });

  it("counts a month from its first day and a year from 1 January", () => {
    expect(firstDayOf("2014")).toBe("2014-01-01");
    expect(firstDayOf("2014-08")).toBe("2014-08-01");
    expect(firstDayOf("2014-08-22")).toBe("2014-08-22");
  });

  it("refuses events out of date order", () => {
    const errs = errorsOf((raw) => {
      historyOf(raw, 0)[2]!.date = "2014-07";
    });
    expect(errs).toEqual([
      `${RAIL}, field "history.2.date": events must be oldest first: 2014-07 comes before the previous event's 2014-08-22 (a month counts from its first day, a year from 1 January)`,
    ]);
  });

  it("puts a year-precise event before a day in the same year, never after it", () => {
    const errs = errorsOf((raw) => {
      const h = historyOf(raw, 0);
      h[2] = { ...h[2], date: "2014", datePrecision: "year" };
    });
    expect(errs).toEqual([
      expect.stringContaining(`${RAIL}, field "history.2.date": events must be oldest first`),
    ]);
  });

  it("lets a month-precise event follow a day in that month's first day (both count from it)", () => {
    const errs = errorsOf((raw) => {
      const h = historyOf(raw, 0);
      h[1] = { ...h[1], date: "2014-08-01" };
      h[2] = { ...h[2], date: "2014-08", datePrecision: "month" };
    });
    expect(errs).toEqual([]);
  });

  it("refuses a status that moves back without a setback", () => {
    const errs = errorsOf((raw) => {
      const h = historyOf(raw, 0);
      h[2]!.status = "planned";
      h.push({
        date: "2026",
        datePrecision: "year",
        label: "Reopened",
        status: "operational",
        ref: { note: "x" },
      });
    });
    expect(errs).toEqual([
      `${RAIL}, field "history.2.status": status moves back from "operational" to "planned": say why in setback, or fix the status (order: proposed → agreed → planned → under-construction → operational)`,
    ]);
  });

  it("accepts a status that moves back with a setback saying why", () => {
    const errs = errorsOf((raw) => {
      const h = historyOf(raw, 0);
      h[2]!.status = "planned";
      h[2]!.setback = "Suspended for repairs";
      h.push({
        date: "2026",
        datePrecision: "year",
        label: "Reopened",
        status: "operational",
        ref: { note: "x" },
      });
    });
    expect(errs).toEqual([]);
  });

  it("refuses a setback on an event whose status does not move back, or that sets none", () => {
    const errs = errorsOf((raw) => {
      historyOf(raw, 0)[1]!.setback = "Why?";
      historyOf(raw, 0)[2]!.setback = "Why?";
    });
    expect(errs).toEqual([
      `${RAIL}, field "history.1.setback": setback is only for a status that moves back, but "operational" does not move back from "under-construction": remove setback`,
      `${RAIL}, field "history.2.setback": setback is only for an event whose status moves back, and this event sets no status: remove setback`,
    ]);
  });

  it("refuses a latest status that is not the segment's status", () => {
    const errs = errorsOf((raw) => {
      (raw.segments[1]!.content as { status: string }).status = "under-construction";
    });
    expect(errs).toEqual([
      `data/segments/fiber-a.json, entry "fiber-a", field "history.1.status": the latest status in the history is "planned" but the segment's status is "under-construction": they must be the same`,
    ]);
  });

  it("refuses a segment whose history sets no status", () => {
    const errs = errorsOf((raw) => {
      for (const e of historyOf(raw, 0)) delete e.status;
    });
    expect(errs).toEqual([
      `${RAIL}, field "history": has no event with a status: add at least the event from which the line is drawn (e.g. its first agreement) with its status`,
    ]);
    expect(
      errorsOf((raw) => {
        (raw.segments[0]!.content as { history?: unknown }).history = undefined;
      }),
    ).toEqual([expect.stringContaining(`${RAIL}, field "history": has no event with a status`)]);
  });

  it("refuses a status on a target (the schema), naming the field", () => {
    const errs = errorsOf((raw) => {
      historyOf(raw, 1)[2]!.status = "operational";
    });
    expect(errs).toEqual([
      'data/segments/fiber-a.json, entry "fiber-a", field "history.2.status": a target never sets a status (it is shown as a target); leave status out',
    ]);
  });

  it("checks a place's history for order and setbacks, but needs no status there", () => {
    const ok = errorsOf((raw) => {
      nodeOf(raw, 0).history = [
        { date: "2018-05-14", datePrecision: "day", label: "Opened", ref: { note: "x" } },
      ];
    });
    expect(ok).toEqual([]);
    const errs = errorsOf((raw) => {
      nodeOf(raw, 0).history = [
        { date: "2018", datePrecision: "year", label: "Opened", status: "operational", ref: { note: "x" } },
        { date: "2017", datePrecision: "year", label: "Closed", status: "planned", ref: { note: "x" } },
      ];
    });
    expect(errs).toEqual([
      expect.stringMatching(
        /^data\/nodes\.json, entry "aktau", field "history\.1\.date": events must be oldest first/,
      ),
      expect.stringMatching(
        /^data\/nodes\.json, entry "aktau", field "history\.1\.status": status moves back/,
      ),
    ]);
  });

  it("keeps the order of statuses in one place, covering every status once", () => {
    expect([...STATUS_PROGRESSION].sort()).toEqual([...STATUSES].sort());
    expect(STATUS_PROGRESSION[0]).toBe("proposed");
    expect(STATUS_PROGRESSION.at(-1)).toBe("operational");
  });
});

describe("data/ histories", () => {
  const load = loadCorridor(process.cwd());
  const { segments, nodes } = load.ok ? load.data : { segments: [], nodes: [] };

  it("pass every history check", () => {
    expect(load.ok ? [] : load.errors.map(formatDataError)).toEqual([]);
    expect(checkHistories(segments, nodes, "data/nodes.json").map(formatDataError)).toEqual([]);
  });

  it("give every segment a dated status and reach from the 1990s to the 2030s", () => {
    expect(segments.length).toBeGreaterThan(0);
    for (const s of segments)
      expect(
        s.history.some((e) => e.status !== undefined),
        s.id,
      ).toBe(true);
    const dates = [...segments, ...nodes].flatMap((x) => x.history.map((e) => e.date)).sort();
    expect(dates[0]!.slice(0, 3)).toBe("199");
    expect(dates.at(-1)!.slice(0, 3)).toBe("203");
  });

  it("show announced completion dates as targets only", () => {
    const targets = segments.flatMap((s) => s.history.filter((e) => e.kind === "target"));
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(t.status).toBeUndefined();
  });
});
