// When the map may exist. An embed makes its WebGL context only once its frame is in the
// viewport: a report with a dozen embeds would otherwise hold a dozen contexts, and browsers
// drop the oldest past their limit (about 16). IntersectionObserver inside a cross-origin frame
// measures against the top-level viewport, but ignores rootMargin there (implicit root), so
// "near" cannot be widened from inside: the embed code adds loading="lazy", which has the
// browser load the frame itself shortly before it scrolls in. A lost context (the browser took
// it back) tears the map down; it is made again when the frame is next visible, not left blank.
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";

export function useMapWhenVisible(
  ref: RefObject<HTMLElement | null>,
  waitForViewport: boolean,
): { wanted: boolean; generation: number; onContextLost: () => void } {
  const canObserve = typeof IntersectionObserver !== "undefined";
  const [wanted, setWanted] = useState(!waitForViewport || !canObserve);
  const [generation, setGeneration] = useState(0);
  const visible = useRef(!waitForViewport || !canObserve);

  useEffect(() => {
    const el = ref.current;
    if (!el || !canObserve) return;
    const observer = new IntersectionObserver((entries) => {
      visible.current = entries.some((e) => e.isIntersecting);
      if (visible.current) setWanted(true);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, canObserve]);

  const onContextLost = useCallback(() => {
    // Outside an embed the map is always "visible": it is made again at once.
    setWanted(!waitForViewport || !canObserve || visible.current);
    setGeneration((g) => g + 1);
  }, [waitForViewport, canObserve]);

  return { wanted, generation, onContextLost };
}
