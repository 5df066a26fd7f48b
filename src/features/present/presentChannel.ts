// Keeps the presenter's window and the audience's window on the same step (and black screen,
// contrast and language: a briefing started with `?lang=ru` stays Russian in every window) over
// a BroadcastChannel: same origin, no server. A window that opens asks the
// others for their state, so a late presenter view joins where the audience is; a reply that
// arrives after this window has already moved on its own is stale, and ignored.
import { isLang, type Lang } from "../../i18n/languages.ts";
import type { AppStore } from "../../state/store.ts";

export const PRESENT_CHANNEL = "middle-corridor-present";

type Message =
  | { type: "hello" }
  | { type: "state"; step: number; blackout: boolean; contrast: boolean; lang?: Lang; reply?: boolean };

/**
 * Opens the channel and joins it; returns how to leave. `listenOnly`: follows the others' state
 * and never sends its own (the presenter's preview). Started by the app's reactions (src/app/reactions.ts).
 */
export function startPresentChannel(store: AppStore, listenOnly = false): () => void {
  if (typeof BroadcastChannel === "undefined") return () => {};
  let channel: BroadcastChannel;
  try {
    channel = new BroadcastChannel(PRESENT_CHANNEL);
  } catch {
    return () => {};
  }
  const leave = joinPresentChannel(store, channel, listenOnly);
  return () => {
    leave();
    channel.close();
  };
}

/** What a window says and hears on the channel; returns how to stop. Apart for the unit test. */
export function joinPresentChannel(
  store: AppStore,
  channel: Pick<BroadcastChannel, "postMessage" | "onmessage">,
  listenOnly = false,
): () => void {
  let applying = false;
  // Until this window changes something itself, a reply to its hello is where it joins.
  let joining = true;
  const send = (reply = false) => {
    if (listenOnly) return;
    const { step, blackout, contrast, lang } = store.getState();
    if (step !== null)
      channel.postMessage({ type: "state", step, blackout, contrast, lang, reply } satisfies Message);
  };
  channel.onmessage = (e: MessageEvent<Message>) => {
    const m = e.data;
    if (m?.type === "hello") send(true);
    else if (m?.type === "state" && Number.isInteger(m.step) && (joining || !m.reply)) {
      joining = false;
      applying = true;
      const s = store.getState();
      s.setStep(m.step, "remote");
      s.setBlackout(Boolean(m.blackout));
      s.setContrast(Boolean(m.contrast));
      // An older window sends no language; a code this build does not know is ignored.
      if (typeof m.lang === "string" && isLang(m.lang) && m.lang !== s.lang) s.setLang(m.lang);
      applying = false;
    }
  };
  let last = store.getState();
  const unsubscribe = store.subscribe((state) => {
    const changed =
      state.step !== last.step || state.blackout !== last.blackout || state.contrast !== last.contrast;
    // The language has no origin of its own: any change not applied from the channel is this window's.
    const langChanged = state.lang !== last.lang;
    last = state;
    if (!applying && ((changed && state.stepOrigin !== "remote") || langChanged)) {
      joining = false;
      send();
    }
  });
  channel.postMessage({ type: "hello" } satisfies Message);
  return unsubscribe;
}
