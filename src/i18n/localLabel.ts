// A place's short map label in a language, derived from the data's `names` (there are no
// per-language short labels in the data, so adding a language still needs only its `names`).
// Where the English label is the English name without its trailing parenthesis ("Jinghe
// (junction)" → "Jinghe"), the translated name loses its trailing parenthesis the same way
// ("Цзинхэ (узловая станция)" → "Цзинхэ"); otherwise the map shows the whole translated name.

import { TRANSLATED_LANGS, type TranslatedLang } from "./languages.ts";
import type { HasNames } from "./localName.ts";

/** A trailing "(…)" or full-width "（…）", with the space before it. */
const TRAILING_PARENTHESIS = /\s*[(（][^()（）]*[)）]\s*$/u;

const withoutParenthesis = (text: string) => text.replace(TRAILING_PARENTHESIS, "");

export interface HasLabel extends HasNames {
  /** The English map label (the short name where there is one). */
  label?: string;
}

/** The map label in `lang`; the English label when the entry has no name in it. */
export function localLabel(entry: HasLabel, lang: TranslatedLang): string {
  const english = entry.label ?? entry.name;
  const local = entry.names?.[lang];
  if (!local) return english;
  const shortened = english !== entry.name && english === withoutParenthesis(entry.name);
  const label = shortened ? withoutParenthesis(local) : local;
  return label || local;
}

/** The map labels in every translated language, as corridor.geojson carries them (`labels`). */
export function localLabels(entry: HasLabel): Partial<Record<TranslatedLang, string>> {
  return Object.fromEntries(TRANSLATED_LANGS.map((lang) => [lang, localLabel(entry, lang)]));
}
