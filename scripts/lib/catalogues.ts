// Every catalogue, for the build (the still embed's lite files take their texts from them),
// found by the registry of languages: src/i18n/catalogues/<code>.ts, so adding a language adds
// no line here. Node 20 cannot import TypeScript, and the Vite config bundles only static
// imports, so there each file is imported through Vite's module runner (runnerImport), which
// follows the file's own imports too (en.ts spreads in its registry words, en/registryWords.ts:
// a one-file transform imported from a data: URL cannot resolve those). Where TypeScript can be
// imported (a unit test run by Vitest) the file is imported as is.
import { join } from "node:path";
import { runnerImport } from "vite";
import type { Catalogue } from "../../src/i18n/catalogue.ts";
import { LANGUAGE_CODES, type Lang } from "../../src/i18n/languages.ts";

const DIR = join(import.meta.dirname, "../../src/i18n/catalogues");

type CatalogueModule = Record<string, Catalogue | undefined>;

async function loadOne(lang: Lang): Promise<Catalogue> {
  const file = join(DIR, `${lang}.ts`);
  // No config file: the runner must not load vite.config.ts, whose plugin is what is asking.
  const viaRunner = async () =>
    (await runnerImport<CatalogueModule>(file, { configFile: false, logLevel: "silent" })).module;
  // Vite's config (the dev server a test starts too) runs in plain Node: through the runner.
  // Under Vitest's own module runner the file imports as is.
  const module: CatalogueModule = await import(file).catch(viaRunner);
  const catalogue = module.default ?? module[lang];
  if (!catalogue) throw new Error(`src/i18n/catalogues/${lang}.ts exports no catalogue`);
  return catalogue;
}

/** The catalogue of every language of the registry, by code. */
export async function loadCatalogues(): Promise<Readonly<Record<Lang, Catalogue>>> {
  const entries = await Promise.all(LANGUAGE_CODES.map(async (lang) => [lang, await loadOne(lang)] as const));
  return Object.fromEntries(entries) as Record<Lang, Catalogue>;
}
