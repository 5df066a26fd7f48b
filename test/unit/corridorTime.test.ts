// The corridor through time on the real data: what the map draws on a day, the timeline's span,
// and what changed between two days.
import { describe, expect, it } from "vitest";
import { loadCorridor } from "../../scripts/lib/loadCorridor.ts";
import { indexCorridor } from "../../src/data/corridor.ts";
import {
  changedSegmentIds,
  changesBetween,
  eventMarks,
  segmentStatusesOn,
  timeSpan,
} from "../../src/time/corridorTime.ts";
import { dayOf } from "../../src/time/dates.ts";
import { collectionOn, sameDrawing, timeViewOn } from "../../src/time/timeView.ts";

const r = loadCorridor(process.cwd());
if (!r.ok) throw new Error("the real data does not load");
const corridor = indexCorridor(r.corridor);
const BTK = "btk-rail-marabda-kars";

describe("the corridor on a day", () => {
  it("shows BTK under construction in June 2016 and operational in January 2018", () => {
    expect(segmentStatusesOn(corridor, dayOf("2016-06")).get(BTK)).toBe("under-construction");
    expect(segmentStatusesOn(corridor, dayOf("2018-01")).get(BTK)).toBe("operational");
  });

  it("is today's data on the data's statuses", () => {
    const now = segmentStatusesOn(corridor, dayOf("2100"));
    for (const s of corridor.segments)
      expect(now.get(s.properties.id), s.properties.id).toBe(s.properties.status);
  });

  it("leaves out the lines not yet proposed, and draws the others in their status then", () => {
    const view = timeViewOn(corridor, dayOf("2016-06"));
    const drawn = collectionOn(corridor, view).features.filter((f) => f.properties.featureType === "segment");
    const ids = drawn.map((f) => f.properties.id);
    expect(ids).not.toContain("caspian-power-cable");
    expect(drawn.find((f) => f.properties.id === BTK)?.properties).toMatchObject({
      status: "under-construction",
    });
    expect(ids.length).toBe([...view.statuses.values()].filter((s) => s !== null).length);
    // Two days between the same events draw the same map; across an event they do not.
    expect(sameDrawing(view, timeViewOn(corridor, dayOf("2016-06-02")))).toBe(true);
    expect(sameDrawing(view, timeViewOn(corridor, dayOf("2018-01")))).toBe(false);
  });
});

describe("the timeline's span and marks", () => {
  it("runs in whole years from the first event to the last target", () => {
    const marks = eventMarks(corridor);
    const span = timeSpan(corridor, dayOf("2026-12-01"));
    const firstYear = Math.min(...marks.map((m) => Number(m.event.date.slice(0, 4))));
    const lastTarget = Math.max(
      ...marks.filter((m) => m.type === "target").map((m) => Number(m.event.date.slice(0, 4))),
    );
    expect(span.firstYear).toBe(firstYear);
    expect(span.lastYear).toBe(Math.max(lastTarget, 2026));
    expect(span.start).toBe(dayOf(String(firstYear)));
    expect(marks.map((m) => m.day)).toEqual([...marks.map((m) => m.day)].sort((a, b) => a - b));
  });
});

describe("what changed between two days", () => {
  it("lists the events from the first day to the second, by segment, with the statuses then and now", () => {
    const changes = changesBetween(corridor, dayOf("2017-01-01"), dayOf("2018-01-01"));
    const btk = changes.find((c) => c.featureId === BTK);
    expect(btk).toMatchObject({ statusThen: "under-construction", statusNow: "operational" });
    expect(btk?.events.map((e) => e.date)).toEqual(["2017-10-30"]);
    expect(changedSegmentIds(corridor, dayOf("2017-01-01"), dayOf("2018-01-01"))).toContain(BTK);
    expect(changedSegmentIds(corridor, dayOf("2017-10-31"), dayOf("2018-01-01"))).not.toContain(BTK);
    // Either order of the two days asks the same.
    expect(changesBetween(corridor, dayOf("2018-01-01"), dayOf("2017-01-01"))).toEqual(changes);
  });
});
