// The video's frame plan: the days it shows, in order, from the first event through today to the
// last target, in the length asked for; every stop of Play is on at least one frame.
import { describe, expect, it } from "vitest";
import { loadCorridor } from "../../scripts/lib/loadCorridor.ts";
import { buildCorridor } from "../../src/data/buildCorridor.ts";
import { indexCorridor } from "../../src/data/corridor.ts";
import { captionOn, VIDEO_LENGTHS, videoFrames } from "../../src/features/export/video/framePlan.ts";
import { playStops } from "../../src/features/timeline/playPlan.ts";
import { eventMarks } from "../../src/time/corridorTime.ts";
import { dayOf } from "../../src/time/dates.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";

const loaded = loadCorridor(process.cwd());
if (!loaded.ok) throw new Error("data/ does not load");
const real = indexCorridor(buildCorridor(loaded.data));
const TODAY = dayOf("2026-12-01");

describe("video frame plan", () => {
  for (const [name, corridor] of [
    ["fixture", fixtureCorridor()],
    ["data/", real],
  ] as const) {
    for (const length of ["short", "normal"] as const) {
      it(`${name}, ${length}: days in order, first event to today to the last target, length honoured`, () => {
        const events = eventMarks(corridor);
        const { seconds } = VIDEO_LENGTHS[length];
        const frames = videoFrames(events, TODAY, seconds, 25);
        expect(frames).toHaveLength(seconds * 25);
        const days = frames.map((f) => f.day);
        for (let i = 1; i < days.length; i++) expect(days[i]).toBeGreaterThanOrEqual(days[i - 1] ?? 0);
        const first = events[0]?.day ?? Number.NaN;
        const last = Math.max(TODAY, ...events.map((m) => m.day));
        expect(days[0]).toBe(first);
        expect(days.at(-1)).toBe(last);
        expect(days).toContain(TODAY);
        // Every stop Play makes is shown, however short the video.
        for (const stop of playStops(events, first, TODAY)) expect(days).toContain(stop);
      });
    }
  }

  it("a video too short for Play's pauses still holds every stop for a frame", () => {
    const events = eventMarks(real);
    const first = events[0]?.day ?? 0;
    const stops = playStops(events, first, TODAY);
    const frames = videoFrames(events, TODAY, 3, 25);
    expect(frames.length).toBeGreaterThan(stops.length);
    const days = frames.map((f) => f.day);
    for (const stop of [first, ...stops]) expect(days).toContain(stop);
  });

  it("holds the length at another frame rate, and a corridor without events is today throughout", () => {
    const events = eventMarks(real);
    expect(videoFrames(events, TODAY, 10, 30)).toHaveLength(300);
    const none = videoFrames([], TODAY, 2, 10);
    expect(none).toHaveLength(20);
    expect(new Set(none.map((f) => f.day))).toEqual(new Set([TODAY]));
  });

  it("says the event last passed, and after today the target", () => {
    const events = eventMarks(fixtureCorridor());
    expect(captionOn(events, dayOf("2014-09-01"), TODAY)).toBe("Rail Beyneu–Aktau: Opened");
    expect(captionOn(events, dayOf("2011-01-01"), TODAY)).toBe("");
    expect(captionOn(events, dayOf("2027-06-01"), dayOf("2026-12-01"))).toMatch(
      /^Target: .*Completion targeted/,
    );
  });
});
