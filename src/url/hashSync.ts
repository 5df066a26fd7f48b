// Keeps the URL hash and the store in step, both ways. A new selection or layer set pushes a
// history entry (so Back and Forward move between selections); camera moves only replace it.
import type { Corridor } from "../data/corridor.ts";
import { defaultVisibleGroups } from "../layers/registry.ts";
import { knownRouteQuery, sameRouteQuery } from "../route/routeQuery.ts";
import { routeCameraRequest } from "../state/routeSelectors.ts";
import type { AppStore } from "../state/store.ts";
import { NO_SELECTION, type Selection, sameSelection } from "../state/types.ts";
import { sameDay } from "../time/dates.ts";
import { type HashState, parseHash } from "./hashState.ts";
import { selectHash } from "./selectHash.ts";

/** Drops a selection whose id the data does not have: a stale link shows the default view. */
function knownSelection(selection: Selection, corridor: Corridor): Selection {
  if (selection.type === "segment" && corridor.segmentById.has(selection.id)) return selection;
  if (selection.type === "node" && corridor.nodeById.has(selection.id)) return selection;
  return NO_SELECTION;
}

export function applyHashState(store: AppStore, parsed: HashState, corridor: Corridor): void {
  const s = store.getState();
  const selection = knownSelection(parsed.selection, corridor);
  s.applyFromUrl(
    selection,
    parsed.layers ?? defaultVisibleGroups(),
    { asOf: parsed.date ?? null, since: parsed.since ?? null },
    // A route over places the data does not have (a stale link) is dropped, or its vias are.
    knownRouteQuery(parsed.route ?? null, (id) => corridor.nodeById.has(id)),
    (parsed.variant ?? 1) - 1,
  );
  // In present mode the step decides what is shown (see useTourSync).
  if (s.step !== null && parsed.step) {
    s.setStep(parsed.step - 1, "url");
    return;
  }
  if (parsed.view) s.requestCamera({ type: "view", view: parsed.view });
  else if (selection.type !== "none") s.requestCamera({ type: "fit-selection", selection });
  else {
    // A link that names a route and no view (typed, or an embed's code) frames the route.
    const frame = routeCameraRequest(store.getState());
    if (frame) s.requestCamera(frame);
  }
}

export interface HistoryLike {
  readonly location: { hash: string; href: string };
  readonly history: {
    pushState(data: unknown, unused: string, url?: string): void;
    replaceState(data: unknown, unused: string, url?: string): void;
  };
  addEventListener(type: "popstate" | "hashchange", listener: () => void): void;
  removeEventListener(type: "popstate" | "hashchange", listener: () => void): void;
}

/**
 * The window's history with every push made a replace: a frame inside another page (the
 * presenter's preview) must not add entries to the page's Back list.
 */
export function replacingHistory(win: HistoryLike): HistoryLike {
  return {
    location: win.location,
    history: {
      pushState: (data, unused, url) => win.history.replaceState(data, unused, url),
      replaceState: (data, unused, url) => win.history.replaceState(data, unused, url),
    },
    addEventListener: (type, listener) => win.addEventListener(type, listener),
    removeEventListener: (type, listener) => win.removeEventListener(type, listener),
  };
}

/** Starts syncing; returns a function that stops it. */
export function startHashSync(store: AppStore, corridor: Corridor, win: HistoryLike): () => void {
  // popstate and hashchange both fire on Back; apply each hash once.
  let lastHash: string | null = null;
  const fromUrl = () => {
    if (win.location.hash === lastHash) return;
    lastHash = win.location.hash;
    applyHashState(store, parseHash(win.location.hash), corridor);
  };
  fromUrl();

  const current = () => selectHash(store.getState());
  // A sandboxed embed (opaque origin) may refuse history changes; the map still works without.
  const write = (kind: "push" | "replace", href: string) => {
    try {
      if (kind === "push") win.history.pushState(null, "", href);
      else win.history.replaceState(null, "", href);
    } catch {
      // Nothing to do: the URL just does not follow.
    }
  };
  let last = store.getState();
  // Write the normalised form of what was opened (a malformed hash is replaced by the default).
  lastHash = current();
  write("replace", hrefWithHash(win.location.href, lastHash));

  const unsubscribe = store.subscribe((state) => {
    const prev = last;
    last = state;
    const hash = current();
    if (hash === (win.location.hash || "")) return;
    lastHash = hash;
    const href = hrefWithHash(win.location.href, hash);
    // A new entry when what is shown changed and whoever changed it asked for one; camera moves
    // and what the URL itself said only rewrite the current entry.
    const newEntry =
      state.historyIntent === "push" &&
      (!sameSelection(prev.selection, state.selection) ||
        prev.visibleGroups !== state.visibleGroups ||
        !sameDay(prev.asOf, state.asOf) ||
        !sameDay(prev.since, state.since) ||
        !sameRouteQuery(prev.route, state.route));
    write(newEntry ? "push" : "replace", href);
  });

  win.addEventListener("popstate", fromUrl);
  win.addEventListener("hashchange", fromUrl);
  return () => {
    unsubscribe();
    win.removeEventListener("popstate", fromUrl);
    win.removeEventListener("hashchange", fromUrl);
  };
}

function hrefWithHash(href: string, hash: string): string {
  return href.replace(/#.*$/, "") + hash;
}
