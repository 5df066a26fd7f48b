// The app: one store, the corridor data, and the shell for the mode. Only explore mode exists
// so far; embed and present come with their issues.
import { useState } from "react";
import type { Corridor } from "../data/corridor.ts";
import { fetchCorridor } from "../data/fetchCorridor.ts";
import { StoreProvider, useAppStore } from "../state/StoreContext.tsx";
import { createAppStore } from "../state/store.ts";
import { ExploreShell } from "./ExploreShell.tsx";
import { useCorridorLoad } from "./useCorridorLoad.ts";
import { useEscapeToClear } from "./useEscapeToClear.ts";

export function App({ loadCorridor = fetchCorridor }: { loadCorridor?: () => Promise<Corridor> }) {
  const [store] = useState(createAppStore);
  const retry = useCorridorLoad(store, loadCorridor);
  useEscapeToClear(store);
  return (
    <StoreProvider store={store}>
      <AppBody retry={retry} />
    </StoreProvider>
  );
}

function AppBody({ retry }: { retry: () => void }) {
  const load = useAppStore((s) => s.load);
  switch (load.status) {
    case "loading":
      return (
        <p className="app-status" role="status">
          Loading the corridor…
        </p>
      );
    case "error":
      return (
        <div className="app-status" role="alert">
          <h1>The corridor data could not be loaded</h1>
          <p>{load.message}</p>
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      );
    case "ready":
      return <ExploreShell corridor={load.corridor} />;
  }
}
