// The checks on what routes read from a segment (src/route/): a gauge on every line of a kind
// the registry marks `gauged`, and on no other; a gauge change at a place the line passes; a
// transit time only on a kind routes run on. The schema has checked each field's shape.
import { kindSpec, REGISTRY, type Registry } from "../../layers/registry.ts";
import { placeFinder } from "../corridorGraph.ts";
import type { DataError } from "../dataErrors.ts";
import type { CorridorNode } from "../schema.ts";
import type { ValidData } from "../validateData.ts";

export function checkRouteFields(
  segments: ValidData["segments"],
  nodes: readonly CorridorNode[],
  registry: Registry = REGISTRY,
): DataError[] {
  const placeAt = placeFinder(nodes);
  const errors: DataError[] = [];
  for (const s of segments) {
    const at = (field: string, message: string) =>
      errors.push({ file: s.file, entry: `"${s.id}"`, field, message });
    const spec = kindSpec(registry, s.kind);
    if (spec.gauged && !s.gauge)
      at("gauge", `a ${s.kind} segment needs its gauge: { "mm": 1435 or 1520, "ref": { "url" or "note" } }`);
    if (!spec.gauged && s.gauge) at("gauge", `only track has a gauge; a ${s.kind} segment has none`);
    const change = s.gauge?.changeAt;
    if (change !== undefined) {
      // Only a place the line passes between its ends: at an end, the next segment's gauge says it.
      const inner = s.waypoints.slice(1, -1).map(placeAt);
      if (!inner.includes(change))
        at(
          "gauge.changeAt",
          `"${change}" is not a place this line passes between its ends (a waypoint equal to that node's coordinates)`,
        );
    }
    if (s.transitHours && !spec.routable)
      at("transitHours", `routes do not run on ${s.kind} segments, so they have no transit time`);
  }
  return errors;
}
