// Once the map is ready, reports the embed's height to its host page, and again on each change.
import { type RefObject, useEffect } from "react";
import { createEmbedReporter, embeddingParent } from "./embedMessages.ts";

export function useEmbedMessages(ready: boolean, contentRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const parent = embeddingParent();
    const el = contentRef.current;
    if (!ready || !parent || !el) return;
    const report = createEmbedReporter(parent);
    const measure = () => report(el.getBoundingClientRect().height);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ready, contentRef]);
}
