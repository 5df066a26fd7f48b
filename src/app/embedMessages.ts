// Talks to the page that embeds the map (PRODUCT.md, "Contract"): once the map has drawn, it
// posts { type: "middle-corridor:ready", height }, then { type: "middle-corridor:height",
// height } whenever its height changes, so embed.js can size the iframe.

import type { AppStore } from "../state/store.ts";

export const READY_MESSAGE = "middle-corridor:ready";
export const HEIGHT_MESSAGE = "middle-corridor:height";

export interface EmbedMessage {
  type: typeof READY_MESSAGE | typeof HEIGHT_MESSAGE;
  height: number;
}

export interface ParentLike {
  postMessage(message: EmbedMessage, targetOrigin: string): void;
}

/** The parent window, or null when the page is not in a frame (or the parent cannot be reached). */
export function embeddingParent(win: Window = window): ParentLike | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

/** Posts ready once, then each new height. The map's data is public, so any host may listen. */
export function createEmbedReporter(parent: ParentLike) {
  let sentReady = false;
  let lastHeight = -1;
  return (height: number) => {
    const h = Math.ceil(height);
    if (!sentReady) {
      sentReady = true;
      lastHeight = h;
      parent.postMessage({ type: READY_MESSAGE, height: h }, "*");
    } else if (h !== lastHeight) {
      lastHeight = h;
      parent.postMessage({ type: HEIGHT_MESSAGE, height: h }, "*");
    }
  };
}

/** Reports `el`'s height now (ready) and on each change; returns how to stop. */
export function reportHeightOf(el: HTMLElement, parent: ParentLike): () => void {
  const report = createEmbedReporter(parent);
  const measure = () => report(el.getBoundingClientRect().height);
  measure();
  if (typeof ResizeObserver === "undefined") return () => {};
  const observer = new ResizeObserver(measure);
  observer.observe(el);
  return () => observer.disconnect();
}

/**
 * Once the map is ready, reports the embed's height to its host page, and again on each change;
 * returns how to stop. `content` is the element whose height the frame should take.
 */
export function startEmbedMessages(
  store: AppStore,
  content: () => HTMLElement | null,
  parent: ParentLike | null = embeddingParent(),
): () => void {
  if (!parent) return () => {};
  let stop: (() => void) | null = null;
  const start = () => {
    const el = content();
    if (stop || !store.getState().mapReady || !el) return;
    stop = reportHeightOf(el, parent);
  };
  start();
  const unsubscribe = store.subscribe(start);
  return () => {
    unsubscribe();
    stop?.();
  };
}
