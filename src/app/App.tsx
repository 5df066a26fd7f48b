// The app: one store, the corridor data, and the shell for the mode.
import { lazy, Suspense, useEffect, useState } from "react";
import type { Corridor } from "../data/corridor.ts";
import { fetchCorridor } from "../data/fetchCorridor.ts";
import { I18nProvider } from "../i18n/I18nProvider.tsx";
import { useI18n } from "../i18n/i18nContext.ts";
import { browserLang } from "../i18n/langParam.ts";
import { StoreProvider, useAppStore } from "../state/StoreContext.tsx";
import { createAppStore } from "../state/store.ts";
import { EmbedShell } from "./EmbedShell.tsx";
import { ExploreShell } from "./ExploreShell.tsx";
import { EXPLORE, type ModeState } from "./mode.ts";
import { startReactions } from "./reactions.ts";
import { useCorridorLoad } from "./useCorridorLoad.ts";
import { useEscapeToClear } from "./useEscapeToClear.ts";

export function App({
  loadCorridor = fetchCorridor,
  modeState = EXPLORE,
}: {
  loadCorridor?: () => Promise<Corridor>;
  modeState?: ModeState;
}) {
  // In present mode the tour starts at its first step (the URL may choose another).
  const [store] = useState(() =>
    createAppStore({ ...(modeState.mode === "present" ? { step: 0 } : {}), lang: browserLang(window) }),
  );
  // Started once, when the data is there: the mode's reactions to the store (src/app/reactions.ts).
  const [onReady] = useState(
    () => (corridor: Corridor) =>
      startReactions(store, corridor, modeState, {
        win: window,
        langUrl: window,
        embedContent: () => document.querySelector<HTMLElement>(".embed-shell"),
      }),
  );
  const retry = useCorridorLoad(store, loadCorridor, onReady);
  useEscapeToClear(store);
  return (
    <StoreProvider store={store}>
      <I18nProvider>
        <AppBody retry={retry} modeState={modeState} />
      </I18nProvider>
    </StoreProvider>
  );
}

function AppBody({ retry, modeState }: { retry: () => void; modeState: ModeState }) {
  const load = useAppStore((s) => s.load);
  const { t } = useI18n();
  // The tab's title is the app's name in the reader's language, and follows the menu.
  const title = t("app.title");
  useEffect(() => {
    document.title = title;
  }, [title]);
  switch (load.status) {
    case "loading":
      return (
        <p className="app-status" role="status">
          {t("app.loading")}
        </p>
      );
    case "error":
      return (
        <div className="app-status" role="alert">
          <h1>{t("app.loadFailed")}</h1>
          {/* The failure's own words are the browser's or the loader's: English, marked so. */}
          <p>
            {t("app.loadFailedHint")} <span lang="en">{load.message}</span>
          </p>
          <button type="button" onClick={retry}>
            {t("app.retry")}
          </button>
        </div>
      );
    case "ready":
      return <Shell corridor={load.corridor} modeState={modeState} />;
  }
}

// Briefing mode is loaded only when asked for: it is not part of the explore page's first paint.
const PresentShell = lazy(() =>
  import("../features/present/PresentShell.tsx").then((m) => ({ default: m.PresentShell })),
);
const PresenterView = lazy(() =>
  import("../features/present/PresenterView.tsx").then((m) => ({ default: m.PresenterView })),
);

function Shell({ corridor, modeState }: { corridor: Corridor; modeState: ModeState }) {
  const { t } = useI18n();
  switch (modeState.mode) {
    case "explore":
      return <ExploreShell corridor={corridor} />;
    case "embed":
      return <EmbedShell corridor={corridor} options={modeState.embed} />;
    case "present":
      return (
        <Suspense fallback={<p className="app-status">{t("app.loadingBriefing")}</p>}>
          {modeState.window === "presenter" ? (
            <PresenterView corridor={corridor} />
          ) : (
            <PresentShell corridor={corridor} preview={modeState.window === "preview"} />
          )}
        </Suspense>
      );
  }
}
