// The Chinese subset's manifest (src/ui/cjkFonts.ts: each file with its exact code points, about
// 3.7 KB gzip) is only needed by a page in a language that draws Chinese, so it is a chunk of its
// own, fetched with that language's catalogue (loadCatalogue.ts) and read synchronously after.
import type { CJK_FONT_FILES } from "../ui/cjkFonts.ts";
import { type Lang, languageSpec } from "./languages.ts";

export type CjkFontFiles = typeof CJK_FONT_FILES;

let loaded: CjkFontFiles | undefined;

export function needsCjkFont(lang: Lang): boolean {
  return languageSpec(lang).fonts.includes("chinese-simplified");
}

/** The manifest once fetched, else undefined (every page not in Chinese). */
export const loadedCjkFontFiles = (): CjkFontFiles | undefined => loaded;

/** Fetches the manifest; when it cannot, the page's Chinese text falls back to the system's font. */
export async function loadCjkFontFiles(): Promise<CjkFontFiles | undefined> {
  if (loaded) return loaded;
  try {
    loaded = (await import("../ui/cjkFonts.ts")).CJK_FONT_FILES;
  } catch (e) {
    console.error(e);
  }
  return loaded;
}
