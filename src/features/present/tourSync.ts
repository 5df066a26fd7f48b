// In present mode, the step decides the selection and the camera: each change of step selects
// its segment or place and flies there (a jump under reduced motion).
import type { Corridor } from "../../data/corridor.ts";
import { routeCameraRequest } from "../../state/routeSelectors.ts";
import type { AppStore } from "../../state/store.ts";
import { INTENT } from "../../state/types.ts";
import { stepCamera, stepRoute, stepSelection, stepSince } from "./tourTarget.ts";

/** Follows the store's step with selection and camera; returns how to stop. */
export function startTourSync(store: AppStore, corridor: Corridor): () => void {
  let shown: number | null = null;
  const apply = () => {
    const s = store.getState();
    if (s.step === null || s.step === shown) return;
    shown = s.step;
    const step = corridor.collection.tour[s.step];
    if (!step) return;
    // A step reached through the URL (Back, Forward, a shared link) must not add history.
    s.select(stepSelection(step), s.stepOrigin === "url" ? INTENT.url : INTENT.step);
    // A "changes since" step marks what changed; every other step leaves that off.
    s.setSince(stepSince(step), "replace");
    // A route step shows its route and variant; every other step shows none.
    const route = stepRoute(step);
    s.setRoute(route?.query ?? null, "replace", route?.variant ?? 0);
    const camera = stepCamera(step) ?? routeCameraRequest(store.getState());
    if (camera) s.requestCamera(camera);
  };
  apply();
  return store.subscribe(apply);
}
