// The still embed's start (src/boot.ts picks it for `?embed=1&static=1`): its own small files,
// system fonts, React and the vector drawer; nothing of the map library, the store or zod.
// "Explore" loads the app (main.tsx) and hands it this page, in interactive embed mode.
import "../styles/base.css";
import "../styles/embed.css";
import "./still.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import type { EmbedOptions } from "../app/mode.ts";
import { I18nContext } from "../i18n/i18nContext.ts";
import { browserLang } from "../i18n/langParam.ts";
import { parseHash } from "../url/hashState.ts";
import { loadStillBasemap, loadStillCorridor } from "./loadStill.ts";
import { StillEmbed } from "./StillEmbed.tsx";
import { stillI18n } from "./stillTexts.ts";
import { stillViewOf } from "./stillView.ts";

/** The interactive map's address keeps the hash (view, selection, layers, date, route). */
function withoutStatic(): void {
  const params = new URLSearchParams(window.location.search);
  params.delete("static");
  params.delete("explore");
  try {
    history.replaceState(history.state, "", `?${params.toString()}${window.location.hash}`);
  } catch {
    // A sandbox may refuse; the app is told its mode directly.
  }
}

export async function startStillEmbed(options: EmbedOptions): Promise<void> {
  const el = document.getElementById("root");
  // i18n-ignore: a developer's error
  if (!el) throw new Error("index.html has no #root element");
  const hash = window.location.hash;
  // A route link also loads the route's chunk and the full data (src/still/stillRoute.ts).
  const routeChunk = parseHash(hash).route ? import("./stillRoute.ts") : null;
  // `?lang=` as the app reads it (src/i18n/langParam.ts); its lite file has the words and names.
  const lang = browserLang(window);
  const [{ corridor, texts }, basemap] = await Promise.all([loadStillCorridor(lang), loadStillBasemap(lang)]);
  const i18n = stillI18n(lang, texts);
  document.documentElement.lang = lang;
  document.title = i18n.t("app.title");
  const view = stillViewOf(corridor, hash);
  const routing = view.route ? await routeChunk : null;
  const route =
    routing && view.route ? await routing.loadStillRoute(view.route.query, view.route.variant) : null;
  const root = createRoot(el);
  const explore = async () => {
    const app = await import("../main.tsx");
    root.unmount();
    withoutStatic();
    await app.startApp({ mode: "embed", embed: { ...options, interactive: true } });
    focusMapWhenThere();
  };
  root.render(
    <StrictMode>
      <I18nContext.Provider value={i18n}>
        <StillEmbed
          corridor={corridor}
          basemap={basemap}
          view={view}
          route={route}
          routeTable={route && routing ? <routing.RouteSummaryTable report={route.report} /> : null}
          hash={hash}
          options={options}
          onExplore={explore}
        />
      </I18nContext.Provider>
    </StrictMode>,
  );
}

/** The keyboard user who chose Explore lands on the map, not on the page's body. */
function focusMapWhenThere(tries = 50): void {
  const canvas = document.querySelector<HTMLElement>(".maplibregl-canvas");
  if (canvas) canvas.focus();
  else if (tries > 0) setTimeout(() => focusMapWhenThere(tries - 1), 100);
}
