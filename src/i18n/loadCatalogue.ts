// Catalogues other than English are separate chunks, fetched when their language is chosen
// (one file per language in catalogues/, found by name: adding a language adds no line here).
import type { Catalogue } from "./catalogue.ts";
import { en } from "./catalogues/en.ts";
import { loadCjkFontFiles, needsCjkFont } from "./cjkFontFiles.ts";
import { DEFAULT_LANG, type Lang } from "./languages.ts";

type CatalogueModule = { default: Catalogue };
const loaders = import.meta.glob<CatalogueModule>(["./catalogues/*.ts", "!./catalogues/en.ts"]);

const loaded = new Map<Lang, Catalogue>([[DEFAULT_LANG, en]]);

/** The catalogue when it is already here (English always is), else undefined. */
export function loadedCatalogue(lang: Lang): Catalogue | undefined {
  return loaded.get(lang);
}

/**
 * The catalogue of `lang`; English when its file is missing or fails to load. A language drawn
 * in Chinese characters also waits for its font manifest (cjkFontFiles.ts), so whatever renders
 * once the catalogue is here (the interface, the map's font-faces) finds the fonts declared.
 */
export async function loadCatalogue(lang: Lang): Promise<Catalogue> {
  const ready = loaded.get(lang);
  if (ready) return ready;
  const load = loaders[`./catalogues/${lang}.ts`];
  if (!load) return en;
  try {
    const [{ default: catalogue }] = await Promise.all([
      load(),
      needsCjkFont(lang) ? loadCjkFontFiles() : undefined,
    ]);
    loaded.set(lang, catalogue);
    return catalogue;
  } catch {
    return en;
  }
}
