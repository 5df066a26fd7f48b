// A place's or segment's name in the reader's language: its `names` entry (the data check makes
// sure every language has one), English `name` for English or data without it.
import type { TranslatedLang } from "./languages.ts";
import { DEFAULT_LANG, type Lang } from "./languages.ts";

export interface HasNames {
  name: string;
  names?: Partial<Record<TranslatedLang, string>>;
}

export function localName(entry: HasNames, lang: Lang): string {
  if (lang === DEFAULT_LANG) return entry.name;
  return entry.names?.[lang] ?? entry.name;
}
