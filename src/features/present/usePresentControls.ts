// What the audience's and the presenter's windows share: the step, black screen and contrast
// from the store, and the slide-software keys (the channel that keeps the windows in step is
// one of the app's reactions, src/app/reactions.ts).

import { useAppStore } from "../../state/StoreContext.tsx";
import type { AppStore } from "../../state/store.ts";
import { usePresentKeys } from "./usePresentKeys.ts";

/** `follow`: the presenter's preview, which only follows the other windows (no keys, sends nothing). */
export function usePresentControls(store: AppStore, stepCount: number, onLeave: () => void, follow = false) {
  const step = useAppStore((s) => s.step) ?? 0;
  const blackout = useAppStore((s) => s.blackout);
  const contrast = useAppStore((s) => s.contrast);
  usePresentKeys(store, stepCount, onLeave, !follow);
  return { step, blackout, contrast };
}
