// Files the map loads at run time, all shipped with the build (no network beyond our origin).
import italicLatin from "@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url";
import regularLatin from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";
import semiboldLatin from "@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url";
import italicExt from "@fontsource/noto-sans/files/noto-sans-latin-ext-400-italic.woff2?url";
import regularExt from "@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url";
import semiboldExt from "@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import type { StyleAssets } from "./style.ts";

// MapLibre needs absolute URLs; resolving against the page keeps the build working under any sub-path.
const abs = (url: string) => new URL(url, document.baseURI).href;

export const mapWorkerUrl = () => abs(workerUrl);

export function styleAssets(): StyleAssets {
  return {
    basemapUrl: abs("basemap.topojson"),
    fonts: {
      regular: [abs(regularLatin), abs(regularExt)],
      semibold: [abs(semiboldLatin), abs(semiboldExt)],
      italic: [abs(italicLatin), abs(italicExt)],
    },
  };
}
