// Loads the corridor data once and starts URL sync when it is there.
import { useCallback, useEffect } from "react";
import { fetchCorridor } from "../data/fetchCorridor.ts";
import type { AppStore } from "../state/store.ts";
import { type HistoryLike, startHashSync } from "../url/hashSync.ts";

export function useCorridorLoad(
  store: AppStore,
  load = fetchCorridor,
  win: HistoryLike = window,
): () => void {
  const run = useCallback(() => {
    store.getState().setLoad({ status: "loading" });
    load()
      .then((corridor) => store.getState().setLoad({ status: "ready", corridor }))
      .catch((e: unknown) =>
        store.getState().setLoad({ status: "error", message: e instanceof Error ? e.message : String(e) }),
      );
  }, [store, load]);

  useEffect(run, [run]);

  // URL state needs the data (to drop unknown ids), so it starts once the data is ready.
  useEffect(() => {
    let started = false;
    let stop: (() => void) | null = null;
    const check = () => {
      const s = store.getState();
      if (started || s.load.status !== "ready") return;
      // Set before starting: starting applies the URL, which notifies this very listener.
      started = true;
      stop = startHashSync(store, s.load.corridor, win);
    };
    check();
    const unsubscribe = store.subscribe(check);
    return () => {
      unsubscribe();
      stop?.();
    };
  }, [store, win]);

  return run;
}
