// The checks on what routes read from a segment (src/route/): a gauge on every line of a kind
// the registry marks `gauged`, and on no other; a gauge change at a place the line passes; a
// transit time only on a kind routes run on. The schema has checked each field's shape.
import { kindSpec, REGISTRY, type Registry } from "../../layers/registry.ts";
import { type CheckParam, checkText } from "../checkMessages.ts";
import { placeFinder } from "../corridorGraph.ts";
import type { DataError } from "../dataErrors.ts";
import type { CorridorNode } from "../schema.ts";
import type { ValidData } from "../validateData.ts";

/** What a gauge looks like in a segment file, as the message shows it (JSON is not translated). */
const GAUGE_EXAMPLE = '{ "mm": 1435 or 1520, "ref": { "url" or "note" } }';

export function checkRouteFields(
  segments: ValidData["segments"],
  nodes: readonly CorridorNode[],
  registry: Registry = REGISTRY,
): DataError[] {
  const placeAt = placeFinder(nodes);
  const errors: DataError[] = [];
  for (const s of segments) {
    const at = (field: string, ...[key, params]: Parameters<typeof checkText>) =>
      errors.push({ file: s.file, entry: `"${s.id}"`, field, ...checkText(key, params) });
    const kind: Record<string, CheckParam> = { kind: s.kind };
    const spec = kindSpec(registry, s.kind);
    if (spec.gauged && !s.gauge) at("gauge", "editor.check.gaugeNeeded", { ...kind, example: GAUGE_EXAMPLE });
    if (!spec.gauged && s.gauge) at("gauge", "editor.check.gaugeOnlyTrack", kind);
    const change = s.gauge?.changeAt;
    if (change !== undefined) {
      // Only a place the line passes between its ends: at an end, the next segment's gauge says it.
      const inner = s.waypoints.slice(1, -1).map(placeAt);
      if (!inner.includes(change)) at("gauge.changeAt", "editor.check.gaugeChangeAt", { place: change });
    }
    if (s.transitHours && !spec.routable) at("transitHours", "editor.check.noTransit", kind);
  }
  return errors;
}
