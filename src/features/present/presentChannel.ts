// Keeps the presenter's window and the audience's window on the same step (and black screen
// and contrast) over a BroadcastChannel: same origin, no server. A window that opens asks the
// others for their state, so a late presenter view joins where the audience is; a reply that
// arrives after this window has already moved on its own is stale, and ignored. The language is
// the presenter's: its window says it when it opens, when asked and when it changes, and the
// others take it, so a briefing started with `?lang=ru` is Russian in every window.
import { isLang, type Lang } from "../../i18n/languages.ts";
import type { AppStore } from "../../state/store.ts";

export const PRESENT_CHANNEL = "middle-corridor-present";

type Message =
  | { type: "hello" }
  | { type: "state"; step: number; blackout: boolean; contrast: boolean; reply?: boolean }
  | { type: "lang"; lang: Lang };

/**
 * Opens the channel and joins it; returns how to leave. `listenOnly`: follows the others' state
 * and never sends its own (the presenter's preview). `leadsLanguage`: the presenter's window, whose
 * language the others take. Started by the app's reactions (src/app/reactions.ts).
 */
export function startPresentChannel(store: AppStore, listenOnly = false, leadsLanguage = false): () => void {
  if (typeof BroadcastChannel === "undefined") return () => {};
  let channel: BroadcastChannel;
  try {
    channel = new BroadcastChannel(PRESENT_CHANNEL);
  } catch {
    return () => {};
  }
  const leave = joinPresentChannel(store, channel, listenOnly, leadsLanguage);
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
  leadsLanguage = false,
): () => void {
  let applying = false;
  // Until this window changes something itself, a reply to its hello is where it joins.
  let joining = true;
  const send = (reply = false) => {
    if (listenOnly) return;
    const { step, blackout, contrast } = store.getState();
    if (step !== null)
      channel.postMessage({ type: "state", step, blackout, contrast, reply } satisfies Message);
  };
  const sayLang = () => {
    if (leadsLanguage && !listenOnly)
      channel.postMessage({ type: "lang", lang: store.getState().lang } satisfies Message);
  };
  channel.onmessage = (e: MessageEvent<Message>) => {
    const m = e.data;
    if (m?.type === "hello") {
      send(true);
      sayLang();
    } else if (m?.type === "lang") {
      // A code this build does not know is ignored; the presenter's own window keeps its own.
      if (!leadsLanguage && typeof m.lang === "string" && isLang(m.lang) && m.lang !== store.getState().lang)
        store.getState().setLang(m.lang);
    } else if (m?.type === "state" && Number.isInteger(m.step) && (joining || !m.reply)) {
      joining = false;
      applying = true;
      const s = store.getState();
      s.setStep(m.step, "remote");
      s.setBlackout(Boolean(m.blackout));
      s.setContrast(Boolean(m.contrast));
      applying = false;
    }
  };
  let last = store.getState();
  const unsubscribe = store.subscribe((state) => {
    const changed =
      state.step !== last.step || state.blackout !== last.blackout || state.contrast !== last.contrast;
    if (state.lang !== last.lang) sayLang();
    last = state;
    if (changed && !applying && state.stepOrigin !== "remote") {
      joining = false;
      send();
    }
  });
  channel.postMessage({ type: "hello" } satisfies Message);
  sayLang();
  return unsubscribe;
}
