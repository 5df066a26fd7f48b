// The page's one entry (index.html). It narrows the CSP first, then loads what this page's mode
// needs and nothing else: a still embed (`?embed=1&static=1`) is a picture drawn as SVG from
// small files (src/still/), with no map library, store or web fonts; every other mode is the
// app (main.tsx). Each starts its data downloads here, before its code has arrived.
import "./app/lockCsp.ts";
import { isStillEmbed, parseMode } from "./app/mode.ts";
import { INLINE_DATA } from "./data/inlineData.ts";

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

/** A start that failed (a chunk that did not load) says so rather than leave the page blank. */
function showFailure(e: unknown): void {
  console.error(e);
  const root = document.getElementById("root");
  if (!root) return;
  const p = document.createElement("p");
  p.className = "boot-failure";
  p.textContent = `The map could not start: ${e instanceof Error ? e.message : String(e)}. Reload the page to try again.`;
  root.replaceChildren(p);
}

const modeState = parseMode(window.location.search);
if (isStillEmbed(modeState)) {
  preload("corridor-lite.json");
  preload("basemap-lite.topojson");
  import("./still/stillMain.tsx").then((m) => m.startStillEmbed(modeState.embed)).catch(showFailure);
} else {
  preload("corridor.geojson");
  preload("basemap.topojson");
  import("./main.tsx").then((m) => m.startApp(modeState)).catch(showFailure);
}
