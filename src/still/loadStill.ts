// The still embed's data: corridor-lite.json and basemap-lite.topojson (a few tens of KB), or
// in the one-file build the inlined data, made lite the same way.
import type { FeatureCollection } from "geojson";
import { type Corridor, indexCorridor } from "../data/corridor.ts";
import { isCorridorCollection } from "../data/fetchCorridor.ts";
import { INLINE_DATA } from "../data/inlineData.ts";
import { CORRIDOR_LITE_FILE, liteCorridor } from "../data/liteCorridor.ts";
import { loadBasemap } from "../data/loadBasemap.ts";
import { LITE_BASEMAP_FILE } from "./liteBasemapExtent.ts";

export async function loadStillCorridor(): Promise<Corridor> {
  if (INLINE_DATA) return indexCorridor(liteCorridor(INLINE_DATA.corridor));
  const res = await fetch(CORRIDOR_LITE_FILE);
  if (!res.ok)
    throw new Error(`Could not load the corridor data (${CORRIDOR_LITE_FILE}: HTTP ${res.status}).`);
  const json: unknown = await res.json().catch(() => null);
  if (!isCorridorCollection(json))
    throw new Error(`The corridor data (${CORRIDOR_LITE_FILE}) is not in the expected format.`);
  return indexCorridor(json);
}

/** The countries drawn under the lines; a failure draws the lines alone (still a picture). */
export function loadStillBasemap(): Promise<FeatureCollection | null> {
  return loadBasemap(new URL(LITE_BASEMAP_FILE, document.baseURI).href).catch((e: unknown) => {
    console.error(e);
    return null;
  });
}
