// The catalogue chunks of the languages other than English, found by name (one file per language
// in catalogues/: adding a language adds no line here). No catalogue is bundled here, so
// src/boot.ts starts a language's fetch with this before the app's code arrives, and a still
// embed, which takes its words from its lite file, carries no English catalogue for it.
// loadCatalogue.ts, the app's, bundles English, the fallback, and keeps what has arrived. Before
// the app (a start that failed, the still embed's data that did not load) sayAtStart says so,
// with the three English sentences bundled for it (catalogues/en/startWords.ts).
import type { Catalogue } from "./catalogue.ts";
import { startWords } from "./catalogues/en/startWords.ts";
import { loadCjkFontFiles, needsCjkFont } from "./cjkFontFiles.ts";
import { type Lang, languageSpec } from "./languages.ts";
import { fillIn, translate } from "./translate.ts";

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

/**
 * A start word (en/startWords.ts) in the page's language when its catalogue chunk arrives, else
 * in English. Its parameters are text (a file's name, the browser's words), so the English needs
 * no number marks.
 */
export async function sayAtStart(
  lang: Lang,
  key: keyof typeof startWords,
  params: Record<string, string>,
): Promise<string> {
  const catalogue = await fetchCatalogue(lang).catch(() => undefined);
  return catalogue
    ? translate(catalogue, languageSpec(lang).locale, key, params)
    : fillIn(startWords[key], params, { group: "", decimal: "" });
}
