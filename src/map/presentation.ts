// Briefing emphasis: the step's segment at full strength, the rest dimmed, and dashes that run
// along it in the direction of travel (MapLibre has no dash offset, so the pattern cycles
// through shifted dash arrays, as in MapLibre's own "animate a line" example).
import type { ExpressionSpecification, Map as MlMap } from "maplibre-gl";
import { SEGMENT_KINDS } from "../data/vocabulary.ts";
import { UNBUILT_LINE_OPACITY } from "../layers/registry.ts";
import { LAYER_ACTIVE_FLOW, segmentLayerId } from "./layerIds.ts";
import { idFilter } from "./style.ts";

/** How faint the other lines are while one segment is presented. */
const DIMMED = 0.18;

const FLOW_STEPS: number[][] = [
  [0, 4, 3],
  [0.5, 4, 2.5],
  [1, 4, 2],
  [1.5, 4, 1.5],
  [2, 4, 1],
  [2.5, 4, 0.5],
  [3, 4, 0],
  [0, 0.5, 3, 3.5],
  [0, 1, 3, 3],
  [0, 1.5, 3, 2.5],
  [0, 2, 3, 2],
  [0, 2.5, 3, 1.5],
  [0, 3, 3, 1],
  [0, 3.5, 3, 0.5],
];
const FRAME_MS = 70;

export function emphasise(map: MlMap, segmentId: string | null): void {
  for (const kind of SEGMENT_KINDS) {
    for (const built of [true, false]) {
      const base = built ? 1 : UNBUILT_LINE_OPACITY;
      const opacity: number | ExpressionSpecification =
        segmentId === null ? base : ["case", ["==", ["get", "id"], segmentId], base, DIMMED];
      map.setPaintProperty(segmentLayerId(kind, built), "line-opacity", opacity);
    }
  }
  map.setFilter(LAYER_ACTIVE_FLOW, idFilter(segmentId));
}

/** Starts the running dashes; returns the function that stops them. */
export function animateFlow(map: MlMap): () => void {
  let frame = 0;
  let last = 0;
  let handle = 0;
  const tick = (t: number) => {
    if (t - last >= FRAME_MS) {
      last = t;
      frame = (frame + 1) % FLOW_STEPS.length;
      map.setPaintProperty(LAYER_ACTIVE_FLOW, "line-dasharray", FLOW_STEPS[frame]);
    }
    handle = requestAnimationFrame(tick);
  };
  handle = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(handle);
}
