// Narrow selectors and derived values shared by components.
import type { Corridor } from "../data/corridor.ts";
import type { NodeFeature, SegmentFeature } from "../data/corridorTypes.ts";
import { type CorridorWithDrafts, type DraftPreview, withDrafts } from "../data/draftPreview.ts";
import type { AppState } from "./store.ts";

export const selectCorridor = (s: AppState): Corridor | null =>
  s.load.status === "ready" ? s.load.corridor : null;

let shownMemo: { corridor: Corridor; drafts: DraftPreview[]; shown: CorridorWithDrafts } | null = null;

/**
 * The corridor as this browser shows it: the published data with the editor's drafts in it
 * (marked as drafts). The same object while neither changes, so components do not re-render.
 */
export function selectShownCorridor(s: AppState): CorridorWithDrafts | null {
  const corridor = selectCorridor(s);
  if (!corridor || s.drafts.length === 0) return corridor;
  if (shownMemo?.corridor !== corridor || shownMemo.drafts !== s.drafts)
    shownMemo = { corridor, drafts: s.drafts, shown: withDrafts(corridor, s.drafts) };
  return shownMemo.shown;
}

export function selectedSegment(s: AppState): SegmentFeature | null {
  const c = selectShownCorridor(s);
  return c && s.selection.type === "segment" ? (c.segmentById.get(s.selection.id) ?? null) : null;
}

export function selectedNode(s: AppState): NodeFeature | null {
  const c = selectShownCorridor(s);
  return c && s.selection.type === "node" ? (c.nodeById.get(s.selection.id) ?? null) : null;
}

/** Segments whose layer group is switched on: one function, in src/data/viewData.ts. */
export { visibleSegments } from "../data/viewData.ts";
