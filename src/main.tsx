// First, before anything can load: narrows the boot CSP to this page's origin (src/app/csp.ts).
import "./app/lockCsp.ts";
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/latin-ext-400.css";
import "@fontsource/noto-sans/latin-400-italic.css";
import "@fontsource/noto-sans/latin-600.css";
import "@fontsource/noto-sans/latin-ext-600.css";
// Quotes and the source reader's text: shipped too, so every engine and system sets them alike.
import "@fontsource/noto-serif/latin-400.css";
import "@fontsource/noto-serif/latin-ext-400.css";
import "./styles/app.css";
import "./styles/phone.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { parseMode } from "./app/mode.ts";
import { prefetchCorridor } from "./data/fetchCorridor.ts";
import { createMapController } from "./map/createMapController.ts";
import { MapFactoryContext } from "./map/MapFactoryContext.ts";
import { prefetchBasemap } from "./map/prefetchBasemap.ts";
import { prepareMapWorker } from "./map/prepareWorker.ts";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
// The data downloads start first, while React and the map start up (index.html preloads them).
prefetchCorridor();
prefetchBasemap();
// The worker is set up before the first map is made (in a sandboxed embed this fetches it).
await prepareMapWorker();
createRoot(root).render(
  <StrictMode>
    <MapFactoryContext.Provider value={createMapController}>
      <App modeState={parseMode(window.location.search)} />
    </MapFactoryContext.Provider>
  </StrictMode>,
);
