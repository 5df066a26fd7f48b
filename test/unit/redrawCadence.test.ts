// The as-of date's redraw cadence: at once, then at most once per gap, the last request always.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RedrawCadence } from "../../src/map/redrawCadence.ts";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
  vi.stubGlobal("window", globalThis);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("redraw cadence", () => {
  it("runs the first request at once and the rest of a burst once, after the gap", () => {
    const run = vi.fn();
    const cadence = new RedrawCadence(300, run);
    cadence.request();
    expect(run).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(20);
      cadence.request();
    }
    expect(run).toHaveBeenCalledTimes(1);
    expect(cadence.pending).toBe(true);
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(2);
    expect(cadence.pending).toBe(false);
    // Long after, a request runs at once again.
    vi.advanceTimersByTime(1000);
    cadence.request();
    expect(run).toHaveBeenCalledTimes(3);
  });

  it("cancel drops a waiting request", () => {
    const run = vi.fn();
    const cadence = new RedrawCadence(300, run);
    cadence.request();
    cadence.request();
    cadence.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
    expect(cadence.pending).toBe(false);
  });
});
