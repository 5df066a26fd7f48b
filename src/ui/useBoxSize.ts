// An element's size in CSS px, kept current as it changes (where ResizeObserver exists).
import { type RefObject, useEffect, useState } from "react";

export interface BoxSize {
  width: number;
  height: number;
}

/** The element's client size; `fallback` until it has been measured (or when it has none). */
export function useBoxSize(ref: RefObject<HTMLElement | null>, fallback: BoxSize): BoxSize {
  const [size, setSize] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      if (el.clientWidth > 0 && el.clientHeight > 0) {
        setSize((s) =>
          s.width === el.clientWidth && s.height === el.clientHeight
            ? s
            : { width: el.clientWidth, height: el.clientHeight },
        );
      }
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
