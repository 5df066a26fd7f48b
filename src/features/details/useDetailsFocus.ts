// Keyboard flow between the segment list and the details: choosing a segment in the list moves
// focus to the details' title, so its annotations are the next Tab stops; closing the details
// (× or Esc) gives focus back to the list entry it came from instead of dropping it on the page.
import { type RefObject, useEffect, useLayoutEffect, useRef } from "react";
import { useAppStore } from "../../state/StoreContext.tsx";

export function useDetailsFocus(
  frameRef: RefObject<HTMLElement | null>,
  headingRef: RefObject<HTMLElement | null>,
  title: string,
): void {
  const focus = useAppStore((s) => s.selectionIntent.focus);
  const returnTo = useRef<HTMLElement | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the title changes, i.e. a new selection
  useLayoutEffect(() => {
    if (focus !== "details") return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && !frameRef.current?.contains(active) && active !== document.body)
      returnTo.current = active;
    headingRef.current?.focus({ preventScroll: true });
  }, [title]);

  useEffect(
    () => () => {
      // Focus was in the panel (now gone) or nowhere: take it back to where the user came from.
      const active = document.activeElement;
      const lost = active === null || active === document.body || !active.isConnected;
      if (lost && returnTo.current?.isConnected) returnTo.current.focus();
    },
    [],
  );
}
