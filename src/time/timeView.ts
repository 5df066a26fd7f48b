// The corridor as of a day, as the map and the figures draw it: lines not yet proposed left
// out, the others in their status then, places that did not exist yet left out.
import type { Corridor } from "../data/corridor.ts";
import type { CorridorCollection, NodeFeature, SegmentFeature } from "../data/corridorTypes.ts";
import type { SegmentStatus } from "../data/vocabulary.ts";
import { nodesNotYetOn, sameStatuses, segmentStatusesOn } from "./corridorTime.ts";

export interface TimeView {
  /** The day shown (days since 1970-01-01). */
  day: number;
  /** Each segment's status that day; null = not yet proposed. */
  statuses: ReadonlyMap<string, SegmentStatus | null>;
  /** Places not yet there that day. */
  hiddenNodes: ReadonlySet<string>;
}

export function timeViewOn(corridor: Corridor, day: number): TimeView {
  return { day, statuses: segmentStatusesOn(corridor, day), hiddenNodes: nodesNotYetOn(corridor, day) };
}

/** Two views draw the same map (whatever their days), so nothing need be drawn again. */
export function sameDrawing(a: TimeView | null, b: TimeView | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.hiddenNodes.size !== b.hiddenNodes.size) return false;
  for (const id of a.hiddenNodes) if (!b.hiddenNodes.has(id)) return false;
  return sameStatuses(a.statuses, b.statuses);
}

/** A segment as drawn that day, or null when it is not drawn. */
export function segmentOn(view: TimeView | null, s: SegmentFeature): SegmentFeature | null {
  if (!view) return s;
  const status = view.statuses.get(s.properties.id);
  if (status === undefined) return s;
  if (status === null) return null;
  return status === s.properties.status ? s : { ...s, properties: { ...s.properties, status } };
}

/** Whether a place is drawn that day. */
export const nodeOn = (view: TimeView | null, n: NodeFeature): boolean =>
  !view?.hiddenNodes.has(n.properties.id);

/**
 * The collection the map's source holds that day. Annotations, facts and histories are left out:
 * the map does not draw them, and the worker is spared copying them at every step of the slider.
 */
export function collectionOn(corridor: Corridor, view: TimeView): CorridorCollection {
  const features: CorridorCollection["features"] = [];
  for (const s of corridor.segments) {
    const drawn = segmentOn(view, s);
    if (drawn)
      features.push({
        ...drawn,
        properties: { ...drawn.properties, annotations: [], facts: [], history: [] },
      });
  }
  for (const n of corridor.nodes) {
    if (nodeOn(view, n))
      features.push({ ...n, properties: { ...n.properties, annotations: [], facts: [], history: [] } });
  }
  return { ...corridor.collection, features, sources: [], overview: [], tour: [] };
}
