// Narrow selectors and derived values shared by components.
import type { Corridor } from "../data/corridor.ts";
import type { NodeFeature, SegmentFeature } from "../data/corridorTypes.ts";
import type { AppState } from "./store.ts";

export const selectCorridor = (s: AppState): Corridor | null =>
  s.load.status === "ready" ? s.load.corridor : null;

export function selectedSegment(s: AppState): SegmentFeature | null {
  const c = selectCorridor(s);
  return c && s.selection.type === "segment" ? (c.segmentById.get(s.selection.id) ?? null) : null;
}

export function selectedNode(s: AppState): NodeFeature | null {
  const c = selectCorridor(s);
  return c && s.selection.type === "node" ? (c.nodeById.get(s.selection.id) ?? null) : null;
}

/** Segments whose layer group is switched on: one function, in src/data/viewData.ts. */
export { visibleSegments } from "../data/viewData.ts";
