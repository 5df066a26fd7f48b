// Files the map loads at run time, all shipped with the build (no network beyond our origin).

import classicWorkerUrl from "virtual:classic-map-worker";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { type CjkFontFiles, loadedCjkFontFiles } from "../i18n/cjkFontFiles.ts";
import { FONT_FILES } from "../ui/fontFiles.ts";
import type { StyleAssets } from "./style.ts";

// MapLibre needs absolute URLs; resolving against the page keeps the build working under any sub-path.
const abs = (url: string) => new URL(url, document.baseURI).href;

export const mapWorkerUrl = () => abs(workerUrl);

/** MapLibre's worker as a classic script, for opaque-origin pages ("" when not built). */
export const classicMapWorkerUrl = () => (classicWorkerUrl ? abs(classicWorkerUrl) : "");

const ownFiles = (files: CjkFontFiles["regular"]) =>
  files.map((f) => ({ url: abs(f.file), ranges: f.ranges }));

/** The files as the page has them now: the Chinese subset once its manifest is here (with zh). */
export function styleAssets(): StyleAssets {
  const cjk = loadedCjkFontFiles();
  return {
    basemapUrl: abs("basemap.topojson"),
    fonts: {
      regular: FONT_FILES.regular.map(abs),
      semibold: FONT_FILES.semibold.map(abs),
      italic: FONT_FILES.italic.map(abs),
    },
    ...(cjk ? { cjk: { regular: ownFiles(cjk.regular), semibold: ownFiles(cjk.semibold) } } : {}),
  };
}
