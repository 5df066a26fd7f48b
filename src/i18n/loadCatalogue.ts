// The catalogue of a language for the app: English is bundled with it (the fallback, shown at
// once), the others are chunks fetched when their language is chosen (catalogueLoaders.ts).
import type { Catalogue } from "./catalogue.ts";
import { fetchCatalogue } from "./catalogueLoaders.ts";
import { en } from "./catalogues/en.ts";
import { DEFAULT_LANG, type Lang } from "./languages.ts";

const loaded = new Map<Lang, Catalogue>([[DEFAULT_LANG, en]]);

/** The catalogue when it is already here (English always is), else undefined. */
export function loadedCatalogue(lang: Lang): Catalogue | undefined {
  return loaded.get(lang);
}

/** The catalogue of `lang`; English when its file is missing or fails to load. */
export async function loadCatalogue(lang: Lang): Promise<Catalogue> {
  const ready = loaded.get(lang);
  if (ready) return ready;
  try {
    const catalogue = await fetchCatalogue(lang);
    if (!catalogue) return en;
    loaded.set(lang, catalogue);
    return catalogue;
  } catch {
    return en;
  }
}
