// Whether a CSS media query matches now, updated when it changes (a phone turned sideways, a
// window resized). False where the browser has no matchMedia (jsdom in the component tests).
import { useCallback, useSyncExternalStore } from "react";

export function matchesMedia(query: string): boolean {
  return typeof window !== "undefined" && (window.matchMedia?.(query).matches ?? false);
}

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener("change", onChange);
      return () => list?.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => matchesMedia(query));
}
