// Slide-software keys for the briefing: → Space PageDown N next; ← PageUp P back (clickers send
// PageUp/PageDown); Home, End; a number then Enter to jump; F full screen; B black screen;
// C high contrast; Esc leaves present mode.
import { useEffect } from "react";
import type { AppStore } from "../../state/store.ts";

const NEXT = new Set(["ArrowRight", " ", "PageDown", "n", "N", "ArrowDown"]);
const PREV = new Set(["ArrowLeft", "PageUp", "p", "P", "ArrowUp", "Backspace"]);

export function usePresentKeys(
  store: AppStore,
  stepCount: number,
  onLeave: () => void,
  enabled = true,
): void {
  useEffect(() => {
    if (!enabled) return;
    let typed = "";
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const t = e.target as HTMLElement | null;
      if (
        t &&
        (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || (t.tagName === "BUTTON" && e.key === " "))
      )
        return;
      const s = store.getState();
      const step = s.step ?? 0;
      let handled = true;
      if (/^\d$/.test(e.key)) typed = (typed + e.key).slice(-3);
      else if (e.key === "Enter" && typed) {
        s.setStep(Number(typed) - 1);
        typed = "";
      } else if (NEXT.has(e.key)) s.setStep(step + 1);
      else if (PREV.has(e.key)) s.setStep(step - 1);
      else if (e.key === "Home") s.setStep(0);
      else if (e.key === "End") s.setStep(stepCount - 1);
      else if (e.key === "b" || e.key === "B" || e.key === ".") s.setBlackout(!s.blackout);
      else if (e.key === "c" || e.key === "C") s.setContrast(!s.contrast);
      else if (e.key === "f" || e.key === "F") toggleFullscreen();
      else if (e.key === "Escape") {
        if (s.blackout) s.setBlackout(false);
        else onLeave();
      } else handled = false;
      if (!/^\d$/.test(e.key) && e.key !== "Enter") typed = "";
      if (handled) e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store, stepCount, onLeave, enabled]);
}

function toggleFullscreen(): void {
  try {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.();
  } catch {
    // Full screen refused (an iframe without permission): the briefing goes on in the window.
  }
}
