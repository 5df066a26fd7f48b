// The app in every mode but the still embed; started by src/boot.ts (which has narrowed the CSP
// and started the data downloads), or by a still embed's Explore button, in place.
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/latin-ext-400.css";
import "@fontsource/noto-sans/latin-400-italic.css";
import "@fontsource/noto-sans/latin-600.css";
import "@fontsource/noto-sans/latin-ext-600.css";
// Quotes and the source reader's text: shipped too, so every engine and system sets them alike.
import "@fontsource/noto-serif/latin-400.css";
import "@fontsource/noto-serif/latin-ext-400.css";
import "./styles/base.css";
import "./styles/embed.css";
import "./styles/app.css";
import "./styles/phone.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import type { ModeState } from "./app/mode.ts";
import { prefetchCorridor } from "./data/fetchCorridor.ts";
import { createMapController } from "./map/createMapController.ts";
import { MapFactoryContext } from "./map/MapFactoryContext.ts";
import { prefetchBasemap } from "./map/prefetchBasemap.ts";
import { prepareMapWorker } from "./map/prepareWorker.ts";

export async function startApp(modeState: ModeState): Promise<void> {
  const root = document.getElementById("root");
  // i18n-ignore: a developer's error
  if (!root) throw new Error("index.html has no #root element");
  // The data downloads start first, while React and the map start up (boot.ts preloads them).
  prefetchCorridor();
  prefetchBasemap();
  // The worker is set up before the first map is made (in a sandboxed embed this fetches it).
  await prepareMapWorker();
  createRoot(root).render(
    <StrictMode>
      <MapFactoryContext.Provider value={createMapController}>
        <App modeState={modeState} />
      </MapFactoryContext.Provider>
    </StrictMode>,
  );
}
