// Every catalogue, for the build (the still embed's lite files take their texts from them),
// found by the registry of languages: src/i18n/catalogues/<code>.ts, so adding a language adds
// no line here. Node 20 cannot import TypeScript, and the Vite config bundles only static
// imports, so each file is compiled by Vite's own transform (Oxc; the catalogues import only
// types, which it erases) and imported from a data: URL. Where TypeScript can be imported (a unit
// test run by Vitest) the file is imported as is.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { transformWithOxc } from "vite";
import type { Catalogue } from "../../src/i18n/catalogue.ts";
import { LANGUAGE_CODES, type Lang } from "../../src/i18n/languages.ts";

const DIR = join(import.meta.dirname, "../../src/i18n/catalogues");

async function loadOne(lang: Lang): Promise<Catalogue> {
  const file = join(DIR, `${lang}.ts`);
  const compiled = async () =>
    import(
      `data:text/javascript;base64,${Buffer.from(
        (await transformWithOxc(readFileSync(file, "utf8"), file, { lang: "ts" })).code,
      ).toString("base64")}`
    );
  // Vite's config (the dev server a test starts too) runs in plain Node: compiled. Under Vitest's
  // own module runner the file imports as is.
  const module = await import(file).catch(compiled);
  const catalogue = (module.default ?? module[lang]) as Catalogue | undefined;
  if (!catalogue) throw new Error(`src/i18n/catalogues/${lang}.ts exports no catalogue`);
  return catalogue;
}

/** The catalogue of every language of the registry, by code. */
export async function loadCatalogues(): Promise<Readonly<Record<Lang, Catalogue>>> {
  const entries = await Promise.all(LANGUAGE_CODES.map(async (lang) => [lang, await loadOne(lang)] as const));
  return Object.fromEntries(entries) as Record<Lang, Catalogue>;
}
