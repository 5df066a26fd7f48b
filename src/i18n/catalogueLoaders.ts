// The catalogue chunks of the languages other than English, found by name (one file per language
// in catalogues/: adding a language adds no line here). Loaders only, no catalogue: src/boot.ts
// starts a language's fetch with this before the app's code arrives, and a still embed, which
// takes its words from its lite file, must not carry the English catalogue for it.
// loadCatalogue.ts adds English, the fallback, and keeps what has arrived.
import type { Catalogue } from "./catalogue.ts";
import { loadCjkFontFiles, needsCjkFont } from "./cjkFontFiles.ts";
import type { Lang } from "./languages.ts";

type CatalogueModule = { default: Catalogue };
const loaders = import.meta.glob<CatalogueModule>(["./catalogues/*.ts", "!./catalogues/en.ts"]);

/**
 * Fetches the catalogue chunk of `lang`; undefined for English or a language without a file.
 * Rejects when the chunk cannot be loaded. A language drawn in Chinese characters also waits for
 * its font manifest (cjkFontFiles.ts), so whatever renders once the catalogue is here (the
 * interface, the map's font-faces) finds the fonts declared. A second call fetches nothing
 * again: the browser keeps the module, and the manifest is kept once loaded.
 */
export async function fetchCatalogue(lang: Lang): Promise<Catalogue | undefined> {
  const load = loaders[`./catalogues/${lang}.ts`];
  if (!load) return undefined;
  const [{ default: catalogue }] = await Promise.all([
    load(),
    needsCjkFont(lang) ? loadCjkFontFiles() : undefined,
  ]);
  return catalogue;
}
