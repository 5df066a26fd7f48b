// Esc clears the selection, unless focus is in a form field or a dialog that uses Esc itself.
import { useEffect } from "react";
import type { AppStore } from "../state/store.ts";
import { INTENT, NO_SELECTION } from "../state/types.ts";

export function useEscapeToClear(store: AppStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
      // In a dialog, Esc closes the dialog and nothing else.
      if (t?.closest?.("dialog")) return;
      if (store.getState().selection.type !== "none") store.getState().select(NO_SELECTION, INTENT.clear);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store]);
}
