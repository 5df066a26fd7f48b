// The page's one entry (index.html). It narrows the CSP first, then loads what this page's mode
// needs and nothing else: a still embed (`?embed=1&static=1`) is a picture drawn as SVG from
// small files (src/still/), with no map library, store or web fonts; every other mode is the
// app (main.tsx). Each starts its data downloads here, before its code has arrived.
import "./app/lockCsp.ts";
import { isStillEmbed, parseMode } from "./app/mode.ts";
import { INLINE_DATA } from "./data/inlineData.ts";
import { liteCorridorFile } from "./data/liteCorridor.ts";
import { fetchCatalogue, sayAtStart } from "./i18n/catalogueLoaders.ts";
import { browserLang } from "./i18n/langParam.ts";
import { liteBasemapFile } from "./still/liteBasemapExtent.ts";

/** Asks for a file the page will fetch(); the fetch takes this response (same URL and CORS mode). */
function preload(href: string): void {
  if (INLINE_DATA) return; // the one-file build carries its data
  const link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  link.crossOrigin = "anonymous";
  link.href = href;
  document.head.append(link);
}

const lang = browserLang(window);

/**
 * A start that failed (a chunk that did not load) says so rather than leave the page blank, in
 * the page's language when its catalogue still arrives, else in English: the few words for it
 * are in this chunk (src/i18n/catalogueLoaders.ts), the English catalogue is not.
 */
async function showFailure(e: unknown): Promise<void> {
  console.error(e);
  const root = document.getElementById("root");
  if (!root) return;
  // The reason is the browser's words: English.
  const reason = e instanceof Error ? e.message : String(e);
  const p = document.createElement("p");
  p.className = "boot-failure";
  p.textContent = await sayAtStart(lang, "app.bootFailed", { reason });
  root.replaceChildren(p);
}

const modeState = parseMode(window.location.search);
if (isStillEmbed(modeState)) {
  // One file holds the picture's data and its words in the page's language (src/data/liteCorridor.ts).
  preload(liteCorridorFile(lang));
  preload(liteBasemapFile(lang));
  import("./still/stillMain.tsx").then((m) => m.startStillEmbed(modeState.embed)).catch(showFailure);
} else {
  preload("corridor.geojson");
  preload("basemap.topojson");
  // Another language's catalogue chunk is fetched alongside the app's code, not after it: the
  // page renders nothing until it is here (I18nProvider), so it would add a round trip.
  // By its loader alone: loadCatalogue.ts bundles English, which this chunk (a still embed's
  // too) must not carry.
  if (lang !== "en") fetchCatalogue(lang).catch(() => undefined);
  import("./main.tsx").then((m) => m.startApp(modeState)).catch(showFailure);
}
