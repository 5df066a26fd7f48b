// The free area: every way of keeping clear of what covers the map, largest first.
import { describe, expect, it } from "vitest";
import { freeAreaCandidates, freeRect } from "../../src/ui/freeArea.ts";

describe("freeAreaCandidates", () => {
  it("with nothing over the map, is the whole map", () => {
    expect(freeAreaCandidates(1000, 700, [])).toEqual([{ top: 0, right: 0, bottom: 0, left: 0 }]);
  });

  it("keeps clear of a corner legend by its side or by its bottom, larger area first", () => {
    // A legend 250 wide and 300 high in the bottom-left corner, 12 px from the edges.
    const c = freeAreaCandidates(1000, 700, [{ left: 12, top: 388, right: 262, bottom: 688 }]);
    expect(c).toEqual([
      { top: 0, right: 0, bottom: 0, left: 262 },
      { top: 0, right: 0, bottom: 312, left: 0 },
    ]);
  });

  it("combines a full-height panel on the right with a corner legend", () => {
    const c = freeAreaCandidates(1000, 700, [
      { left: 608, top: 0, right: 1000, bottom: 700 },
      { left: 12, top: 388, right: 262, bottom: 688 },
    ]);
    // The panel can only be cleared from the right; the legend either way.
    expect(c.every((i) => i.right === 392)).toBe(true);
    expect(c).toHaveLength(2);
    for (const i of c) {
      const r = freeRect(1000, 700, i);
      expect(r.right - r.left).toBeGreaterThan(0);
      expect(r.bottom - r.top).toBeGreaterThan(0);
    }
  });

  it("ignores what lies outside the map and adds the gap", () => {
    expect(freeAreaCandidates(800, 600, [{ left: 0, top: 620, right: 800, bottom: 900 }], 8)).toEqual([
      { top: 0, right: 0, bottom: 0, left: 0 },
    ]);
    expect(freeAreaCandidates(800, 600, [{ left: 0, top: 0, right: 800, bottom: 40 }], 8)).toEqual([
      { top: 48, right: 0, bottom: 0, left: 0 },
    ]);
  });
});
