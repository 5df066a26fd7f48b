import { describe, expect, it } from "vitest";
import type { HistoryEvent } from "../../src/data/schema.ts";
import { dayOf } from "../../src/time/dates.ts";
import { currentEventIndex, eventsIn, statusOn, tracksStatus } from "../../src/time/history.ts";

const ref = { note: "test" };
const ev = (
  date: string,
  label: string,
  status?: HistoryEvent["status"],
  kind: HistoryEvent["kind"] = "event",
): HistoryEvent => ({
  date,
  datePrecision: date.length === 4 ? "year" : date.length === 7 ? "month" : "day",
  kind,
  label,
  ...(status ? { status } : {}),
  ref,
});

// Shaped like BTK: agreed 2007, built from Nov 2007, opened 30 Oct 2017, a target after.
const BTK: HistoryEvent[] = [
  ev("2007-02", "Agreement signed", "agreed"),
  ev("2007-11-21", "Construction began", "under-construction"),
  ev("2017-10-30", "Opened", "operational"),
  ev("2030", "Capacity 5 Mt a year", undefined, "target"),
];

describe("status on a day", () => {
  it("is nothing before the first status event: the line is not drawn", () => {
    expect(statusOn(BTK, dayOf("2006-12-31"))).toBeNull();
  });

  it("counts a month-precise event from the month's first day", () => {
    expect(statusOn(BTK, dayOf("2007-01-31"))).toBeNull();
    expect(statusOn(BTK, dayOf("2007-02-01"))).toBe("agreed");
  });

  it("counts a year-precise event from 1 January", () => {
    const h = [ev("2014", "Opened", "operational")];
    expect(statusOn(h, dayOf("2013-12-31"))).toBeNull();
    expect(statusOn(h, dayOf("2014-01-01"))).toBe("operational");
  });

  it("counts a day-precise event from that day", () => {
    expect(statusOn(BTK, dayOf("2017-10-29"))).toBe("under-construction");
    expect(statusOn(BTK, dayOf("2017-10-30"))).toBe("operational");
    expect(statusOn(BTK, dayOf("2016-06"))).toBe("under-construction");
    expect(statusOn(BTK, dayOf("2018-01"))).toBe("operational");
  });

  it("never takes a status from a target, even one whose date has passed", () => {
    const h = [ev("2019", "Agreed", "agreed"), ev("2024-12", "Completion", undefined, "target")];
    expect(statusOn(h, dayOf("2026"))).toBe("agreed");
    expect(currentEventIndex(h, dayOf("2026"))).toBe(0);
  });

  it("keeps the status of the last status event when later events set none", () => {
    const h = [ev("2019", "Agreed", "agreed"), ev("2023", "Plan published")];
    expect(statusOn(h, dayOf("2024"))).toBe("agreed");
    expect(currentEventIndex(h, dayOf("2024"))).toBe(1);
    expect(tracksStatus(h)).toBe(true);
    expect(tracksStatus([ev("2019", "Port opened")])).toBe(false);
  });

  it("follows a line that goes back (a setback)", () => {
    const h = [
      ev("2010", "Planned", "planned"),
      ev("2012", "Works began", "under-construction"),
      ev("2014", "Suspended", "planned"),
    ];
    expect(statusOn(h, dayOf("2013"))).toBe("under-construction");
    expect(statusOn(h, dayOf("2015"))).toBe("planned");
  });

  it("lists the events in a span, both days included", () => {
    expect(eventsIn(BTK, dayOf("2017-10-30"), dayOf("2030")).map((e) => e.label)).toEqual([
      "Opened",
      "Capacity 5 Mt a year",
    ]);
    expect(eventsIn(BTK, dayOf("2008"), dayOf("2017-10-29"))).toEqual([]);
  });
});
