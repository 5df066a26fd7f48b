// The registry is the whole list: every kind and place kind the data may use has its entry, and
// the style, the legends and the checks are derived from those entries, not from lists of their own.
import { describe, expect, it } from "vitest";
import { NODE_KINDS, ROLES, SEGMENT_KINDS } from "../../src/data/vocabulary.ts";
import { en } from "../../src/i18n/catalogues/en.ts";
import {
  FLOW_KINDS,
  KIND_ORDER,
  KINDS,
  NODE_KINDS_SPEC,
  ROLE_LABEL_KEYS,
  STATUS_SAMPLE_KIND,
} from "../../src/layers/registry.ts";
import { segmentLayerId } from "../../src/map/layerIds.ts";
import { flowArrowFilter, groupFilters } from "../../src/map/style.ts";

describe("the layer registry", () => {
  it("has an entry, a legend place and a surface for every kind of line", () => {
    expect([...KIND_ORDER].sort()).toEqual([...SEGMENT_KINDS].sort());
    for (const k of SEGMENT_KINDS) expect(["land", "water", "any"]).toContain(KINDS[k].surface);
    expect(SEGMENT_KINDS).toContain(STATUS_SAMPLE_KIND);
  });

  it("gives every place kind and role its words, and the legend its place symbols", () => {
    for (const k of NODE_KINDS) expect(NODE_KINDS_SPEC[k].label.length).toBeGreaterThan(0);
    for (const r of ROLES) expect(en[ROLE_LABEL_KEYS[r]].length).toBeGreaterThan(0);
    expect(NODE_KINDS.some((k) => NODE_KINDS_SPEC[k].inLegend)).toBe(true);
  });

  it("drives the map: one built and one unbuilt layer per kind, arrows on exactly the flow kinds", () => {
    const ids = groupFilters(["transport"]).map(([id]) => id);
    for (const k of SEGMENT_KINDS) {
      expect(ids).toContain(segmentLayerId(k, true));
      expect(ids).toContain(segmentLayerId(k, false));
    }
    expect(FLOW_KINDS).toEqual(SEGMENT_KINDS.filter((k) => KINDS[k].flow));
    expect(JSON.stringify(flowArrowFilter())).toContain(JSON.stringify([...FLOW_KINDS]));
    // A flow is not a route: no land or water check applies to it.
    for (const k of FLOW_KINDS) expect(KINDS[k].surface).toBe("any");
  });
});
