// A place's short map label in a language: the one rule the map, figures, the video, the still
// embed, the still overview and the briefing's captions all use. The data gives a short English
// `label` where the name is long, and may give short `labels` per language (they win). Else the
// translated name is shortened as the English label shortens the English name: where English
// keeps only the bracketed part ("Halkalı (Istanbul)" → "Istanbul"), the translation's bracketed
// part; where it drops an aside ("Jinghe (junction)" → "Jinghe"), the translation without its
// own; otherwise the whole translated name.

import { DEFAULT_LANG, type Lang, TRANSLATED_LANGS, type TranslatedLang } from "./languages.ts";
import { type HasNames, localName } from "./localName.ts";

export interface HasLabel extends HasNames {
  /** The English map label (the short name where there is one). */
  label?: string | undefined;
  /** Short map labels per language, where the data gives them (they win over the derived one). */
  labels?: Partial<Record<TranslatedLang, string>> | undefined;
}

/** "Main (aside)", ASCII or full-width brackets (Chinese names use those). */
const ASIDE = /^(.*\S)\s*[(（]([^()（）]*)[)）]$/u;

/** The map label in `lang`; the English label when the entry has no name in it. */
export function localLabel(entry: HasLabel, lang: Lang): string {
  const english = entry.label ?? entry.name;
  if (lang === DEFAULT_LANG) return english;
  const given = entry.labels?.[lang];
  if (given) return given;
  const local = localName(entry, lang);
  if (english === entry.name) return local;
  const englishParts = ASIDE.exec(entry.name);
  const localParts = ASIDE.exec(local);
  if (!englishParts || !localParts) return local;
  const [, , englishAside = ""] = englishParts;
  const [, localMain = local, localAside = local] = localParts;
  return englishAside && english.startsWith(englishAside) ? localAside : localMain;
}

/** A place's map label per language as corridor.geojson carries it: flat `label_<lang>`
 * properties (MapLibre hands a feature's nested objects to its expressions as JSON text). */
export type LocalLabels = { [L in TranslatedLang as `label_${L}`]?: string };

/** The map labels in every translated language. */
export function localLabels(entry: HasLabel): LocalLabels {
  return Object.fromEntries(TRANSLATED_LANGS.map((lang) => [`label_${lang}`, localLabel(entry, lang)]));
}

/** A place's label in `lang` from corridor.geojson's properties: its `label_<lang>` (the data's
 * `labels` already applied by the build), else derived (a lite file without them). */
export function placeLabel(props: HasLabel & LocalLabels, lang: Lang): string {
  if (lang === DEFAULT_LANG) return props.label ?? props.name;
  return props[`label_${lang}`] ?? localLabel(props, lang);
}
