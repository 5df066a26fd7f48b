// `?lang=` (PRODUCT.md): pure parse and write of the language in the query string. A language
// is how the page is shown, so it lives in the query string beside `embed=` and `present=`; the
// hash (what is shown) is left as it is.
import { DEFAULT_LANG, isLang, type Lang } from "./languages.ts";

/**
 * The language to show: `?lang=` when it names one of ours, else the first of the browser's
 * preferred languages we have ("ru-RU" → ru, "zh-Hans-CN" → zh), else English. A malformed or
 * unknown value falls back silently, like the rest of the URL. Never throws.
 */
export function parseLang(search: string, preferred: readonly string[] = []): Lang {
  let asked: string | null = null;
  try {
    asked = new URLSearchParams(search).get("lang");
  } catch {
    asked = null;
  }
  if (asked !== null) {
    const code = asked.trim().toLowerCase();
    if (isLang(code)) return code;
  }
  for (const tag of preferred) {
    const primary = typeof tag === "string" ? (tag.split(/[-_]/)[0] ?? "").toLowerCase() : "";
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}

/**
 * The query string with `lang` set, every other parameter kept in its order (the hash is not
 * part of it). Written even for English: the reader chose it, maybe over the browser's choice.
 */
export function searchWithLang(search: string, lang: Lang): string {
  const params = new URLSearchParams(search);
  params.set("lang", lang);
  return `?${params.toString()}`;
}

/** The language a page opens in: its `?lang=`, else the browser's preferred languages. */
export function browserLang(win: {
  location: { search: string };
  navigator: { languages?: readonly string[]; language?: string };
}): Lang {
  const { languages, language } = win.navigator;
  const preferred = languages && languages.length > 0 ? languages : language ? [language] : [];
  return parseLang(win.location.search, preferred);
}
