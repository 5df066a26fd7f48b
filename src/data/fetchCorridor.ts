// Loads corridor.geojson in the browser and checks its outline before the app trusts it, so a
// broken file gives a readable error instead of a blank page.
import { type Corridor, indexCorridor } from "./corridor.ts";
import type { CorridorCollection } from "./corridorTypes.ts";
import { INLINE_DATA } from "./inlineData.ts";

export const CORRIDOR_URL = "corridor.geojson";

/** Whether a parsed file has the outline of corridor.geojson (also its lite copy). */
export function isCorridorCollection(v: unknown): v is CorridorCollection {
  if (typeof v !== "object" || v === null) return false;
  const o = v as { type?: unknown; features?: unknown; sources?: unknown };
  return (
    o.type === "FeatureCollection" &&
    Array.isArray(o.features) &&
    Array.isArray(o.sources) &&
    Array.isArray((v as { overview?: unknown }).overview) &&
    o.features.every(
      (f: { properties?: { id?: unknown; featureType?: unknown } }) =>
        typeof f?.properties?.id === "string" &&
        (f.properties.featureType === "segment" || f.properties.featureType === "node"),
    )
  );
}

// Started by main.tsx before React renders, so the download overlaps the app's start-up;
// the first load takes it, a retry fetches again.
let prefetched: Promise<Corridor> | null = null;

export function prefetchCorridor(): void {
  prefetched ??= loadCorridor(fetch);
  // Handled where it is taken; this only keeps an early failure from being reported twice.
  prefetched.catch(() => {});
}

export function fetchCorridor(fetchImpl: typeof fetch = fetch): Promise<Corridor> {
  const early = prefetched;
  prefetched = null;
  return early ?? loadCorridor(fetchImpl);
}

async function loadCorridor(fetchImpl: typeof fetch): Promise<Corridor> {
  if (INLINE_DATA) return indexCorridor(INLINE_DATA.corridor);
  const res = await fetchImpl(CORRIDOR_URL);
  // i18n-ignore: the failure's technical detail, shown in English (lang=en) under the translated message
  if (!res.ok) throw new Error(`Could not load the corridor data (${CORRIDOR_URL}: HTTP ${res.status}).`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    // i18n-ignore: the failure's technical detail, shown in English (lang=en) under the translated message
    throw new Error(`The corridor data (${CORRIDOR_URL}) is not valid JSON.`);
  }
  if (!isCorridorCollection(json))
    // i18n-ignore: the failure's technical detail, shown in English (lang=en) under the translated message
    throw new Error(`The corridor data (${CORRIDOR_URL}) is not in the expected format.`);
  return indexCorridor(json, new URL(CORRIDOR_URL, document.baseURI).href);
}
