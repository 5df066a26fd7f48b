// Loads the corridor data once and starts the app's reactions when it is there.
import { useCallback, useEffect } from "react";
import type { Corridor } from "../data/corridor.ts";
import type { AppStore } from "../state/store.ts";

/** Loads the data, and once it is there starts what needs it (`onReady`, which returns how to stop). */
export function useCorridorLoad(
  store: AppStore,
  load: () => Promise<Corridor>,
  onReady: (corridor: Corridor) => () => void,
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

  // The reactions need the data (the URL's ids are checked against it), so they start once it is there.
  useEffect(() => {
    let started = false;
    let stop: (() => void) | null = null;
    const check = () => {
      const s = store.getState();
      if (started || s.load.status !== "ready") return;
      // Set before starting: starting applies the URL, which notifies this very listener.
      started = true;
      stop = onReady(s.load.corridor);
    };
    check();
    const unsubscribe = store.subscribe(check);
    return () => {
      unsubscribe();
      stop?.();
    };
  }, [store, onReady]);

  return run;
}
