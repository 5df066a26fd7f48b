// The still embed's data: corridor-lite.json (or its copy in the page's language) and
// basemap-lite.topojson (a few tens of KB), or in the one-file build the inlined data, made lite
// the same way. Its words come with it (`texts`): no catalogue is loaded, English included.
import type { FeatureCollection } from "geojson";
import { type Corridor, indexCorridor } from "../data/corridor.ts";
import { isCorridorCollection } from "../data/fetchCorridor.ts";
import { INLINE_DATA } from "../data/inlineData.ts";
import { type LiteCorridorCollection, liteCorridor, liteCorridorFile } from "../data/liteCorridor.ts";
import { loadBasemap } from "../data/loadBasemap.ts";
import { sayAtStart } from "../i18n/catalogueLoaders.ts";
import type { Lang } from "../i18n/languages.ts";
import { liteBasemapFile } from "./liteBasemapExtent.ts";
import { stillTexts } from "./stillTextKeys.ts";
import { basemapNamedIn, corridorNamedIn, type StillTexts } from "./stillTexts.ts";

export interface StillData {
  /** Named for the picture in the page's language (src/still/stillTexts.ts). */
  corridor: Corridor;
  texts: StillTexts;
}

/** Before the file there are no texts in the language: its failures are said in English (the few
 * words bundled for a start that fails, src/i18n/catalogues/en/startWords.ts). */
async function fetchLite(file: string, cache?: RequestCache): Promise<LiteCorridorCollection> {
  const res = await fetch(file, cache ? { cache } : undefined);
  if (!res.ok) throw new Error(await sayAtStart("en", "still.loadFailed", { file, status: `${res.status}` }));
  const json: unknown = await res.json().catch(() => null);
  if (!isCorridorCollection(json)) throw new Error(await sayAtStart("en", "still.badData", { file }));
  return json;
}

async function liteCollection(lang: Lang): Promise<LiteCorridorCollection> {
  // The one-file build carries the catalogues too (one chunk); the still embed takes its texts
  // from them. The build mode, tested here and not through a constant of another module, is
  // known when building, so the other builds leave this out: a dynamic import of loadCatalogue.ts
  // would split it, and English, out of the app's chunk, for a branch they never take.
  if (import.meta.env.MODE === "single" && INLINE_DATA) {
    const { loadCatalogue } = await import("../i18n/loadCatalogue.ts");
    return liteCorridor(INLINE_DATA.corridor, lang, stillTexts(await loadCatalogue(lang)));
  }
  const file = liteCorridorFile(lang);
  const collection = await fetchLite(file);
  // A file without texts is one cached from before the files carried them all (the English one
  // had none: the catalogue was bundled then). Asked for again past the cache, it has them;
  // should it still have none, the picture says its keys' names (src/still/stillTexts.ts).
  return collection.texts ? collection : fetchLite(file, "reload");
}

export async function loadStillCorridor(lang: Lang): Promise<StillData> {
  const collection = await liteCollection(lang);
  return { corridor: indexCorridor(corridorNamedIn(collection, lang)), texts: collection.texts ?? {} };
}

/** The countries drawn under the lines; a failure draws the lines alone (still a picture). */
export function loadStillBasemap(lang: Lang): Promise<FeatureCollection | null> {
  return loadBasemap(new URL(liteBasemapFile(lang), document.baseURI).href)
    .then((basemap) => basemapNamedIn(basemap, lang))
    .catch((e: unknown) => {
      console.error(e);
      return null;
    });
}
