// The still embed's data: corridor-lite.json (or its copy in the page's language) and
// basemap-lite.topojson (a few tens of KB), or in the one-file build the inlined data, made lite
// the same way.
import type { FeatureCollection } from "geojson";
import { type Corridor, indexCorridor } from "../data/corridor.ts";
import { isCorridorCollection } from "../data/fetchCorridor.ts";
import { INLINE_DATA } from "../data/inlineData.ts";
import { type LiteCorridorCollection, liteCorridor, liteCorridorFile } from "../data/liteCorridor.ts";
import { loadBasemap } from "../data/loadBasemap.ts";
import { en } from "../i18n/catalogues/en.ts";
import type { Lang } from "../i18n/languages.ts";
import { translate } from "../i18n/translate.ts";
import { liteBasemapFile } from "./liteBasemapExtent.ts";
import { stillTexts } from "./stillTextKeys.ts";
import { basemapNamedIn, corridorNamedIn } from "./stillTexts.ts";

export interface StillData {
  /** Named for the picture in the page's language (src/still/stillTexts.ts). */
  corridor: Corridor;
  texts: LiteCorridorCollection["texts"];
}

async function liteCollection(lang: Lang): Promise<LiteCorridorCollection> {
  if (INLINE_DATA) {
    // The one-file build carries the catalogues too; the still embed takes its keys from them.
    const { loadCatalogue } = await import("../i18n/loadCatalogue.ts");
    return liteCorridor(INLINE_DATA.corridor, lang, stillTexts(await loadCatalogue(lang)));
  }
  const file = liteCorridorFile(lang);
  const res = await fetch(file);
  // Before the file there are no texts in the language: English, from the bundled catalogue.
  if (!res.ok) throw new Error(translate(en, "en", "still.loadFailed", { file, status: res.status }));
  const json: unknown = await res.json().catch(() => null);
  if (!isCorridorCollection(json)) throw new Error(translate(en, "en", "still.badData", { file }));
  return json;
}

export async function loadStillCorridor(lang: Lang): Promise<StillData> {
  const collection = await liteCollection(lang);
  return { corridor: indexCorridor(corridorNamedIn(collection, lang)), texts: collection.texts };
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
