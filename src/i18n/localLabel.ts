// A place's short map label in a language, derived from the data's `names` (there are no
// per-language short labels in the data, so adding a language still needs only its `names`).
// Where the English label is shorter than the name ("Jinghe (junction)" → "Jinghe"), the
// translated name loses its trailing parenthesis ("Цзинхэ (узловая станция)" → "Цзинхэ",
// "Порт Курык (паромный комплекс, терминал Саржа)" → "Порт Курык"); a name without one is shown
// whole (some ports' full names are long: "Актауский морской торговый порт").

import { TRANSLATED_LANGS, type TranslatedLang } from "./languages.ts";
import type { HasNames } from "./localName.ts";

/** A trailing "(…)" or full-width "（…）", with the space before it. */
const TRAILING_PARENTHESIS = /\s*[(（][^()（）]*[)）]\s*$/u;

const withoutParenthesis = (text: string) => text.replace(TRAILING_PARENTHESIS, "");

export interface HasLabel extends HasNames {
  /** The English map label (the short name where there is one). */
  label?: string;
  /** Short map labels per language, where the data gives them (they win over the derived one). */
  labels?: Partial<Record<TranslatedLang, string>>;
}

/** The map label in `lang`; the English label when the entry has no name in it. */
export function localLabel(entry: HasLabel, lang: TranslatedLang): string {
  const given = entry.labels?.[lang];
  if (given) return given;
  const english = entry.label ?? entry.name;
  const local = entry.names?.[lang];
  if (!local) return english;
  // A short label drops what the name adds in parentheses, in every language.
  const label = english !== entry.name ? withoutParenthesis(local) : local;
  return label || local;
}

/** A place's map label per language as corridor.geojson carries it: flat `label_<lang>`
 * properties (MapLibre hands a feature's nested objects to its expressions as JSON text). */
export type LocalLabels = { [L in TranslatedLang as `label_${L}`]?: string };

/** The map labels in every translated language. */
export function localLabels(entry: HasLabel): LocalLabels {
  return Object.fromEntries(TRANSLATED_LANGS.map((lang) => [`label_${lang}`, localLabel(entry, lang)]));
}
