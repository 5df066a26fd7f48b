// The app's reactions to the store, in one place and started once per mode when the data is
// there: the URL follows the state (and the state the URL), a choice closes the phone's list
// drawer, a briefing's step moves selection and camera, the briefing windows keep in step, and
// an embed tells its host page that it is ready and how tall it is. Components only read the
// store through selectors; nothing else subscribes to it (but the map's binding, src/map/).
import type { Corridor } from "../data/corridor.ts";
import { startPresentChannel } from "../features/present/presentChannel.ts";
import { startTourSync } from "../features/present/tourSync.ts";
import { type LangUrlHost, startLangSync } from "../i18n/langSync.ts";
import { browserStorage, hasStoredDrafts } from "../state/draftKeys.ts";
import type { AppStore } from "../state/store.ts";
import { type HistoryLike, replacingHistory, startHashSync } from "../url/hashSync.ts";
import { startEmbedMessages } from "./embedMessages.ts";
import type { ModeState } from "./mode.ts";

export interface ReactionHosts {
  /** The window whose address and history hold the view. */
  win: HistoryLike;
  /** An embed's content, whose height the host page's frame should take. */
  embedContent: () => HTMLElement | null;
  /** Where `?lang=` follows the language (the page's window); absent in tests that need none. */
  langUrl?: LangUrlHost;
}

/** On phones a choice made in the list drawer closes it, so the map shows what was chosen. */
export function closeDrawerOnChoice(store: AppStore): () => void {
  return store.subscribe((s, prev) => {
    if (s.selection !== prev.selection && s.selection.type !== "none" && s.drawerOpen) s.setDrawerOpen(false);
  });
}

/**
 * The editor's drafts in this browser are shown beside the published data (marked as drafts).
 * The editor's chunk is fetched only when there is a draft to show.
 */
export function showStoredDrafts(store: AppStore): () => void {
  if (!hasStoredDrafts(browserStorage())) return () => {};
  let stop: (() => void) | null = null;
  let stopped = false;
  void import("../editor/draftSession.ts").then((m) => {
    if (!stopped) stop = m.publishDrafts(store);
  });
  return () => {
    stopped = true;
    stop?.();
  };
}

/** Starts every reaction the mode needs; returns the function that stops them all. */
export function startReactions(
  store: AppStore,
  corridor: Corridor,
  mode: ModeState,
  hosts: ReactionHosts,
): () => void {
  // The presenter's preview lives in a frame: its URL must not fill the presenter's Back list.
  const preview = mode.mode === "present" && mode.window === "preview";
  const stops = [startHashSync(store, corridor, preview ? replacingHistory(hosts.win) : hosts.win)];
  if (hosts.langUrl) stops.push(startLangSync(store, hosts.langUrl));
  switch (mode.mode) {
    case "explore":
      stops.push(closeDrawerOnChoice(store), showStoredDrafts(store));
      break;
    case "embed":
      stops.push(startEmbedMessages(store, hosts.embedContent));
      break;
    case "present":
      // The presenter's own window shows notes, not the map: only the others follow the step.
      if (mode.window !== "presenter") stops.push(startTourSync(store, corridor));
      stops.push(startPresentChannel(store, preview, mode.window === "presenter"));
      break;
  }
  return () => {
    for (const stop of stops) stop();
  };
}
