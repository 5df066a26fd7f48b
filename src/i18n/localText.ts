// A text of the data in the reader's language: its translation where the data has one (the
// per-language fields beside the English: `summaries`, `titles`, `notesIn`, `labels`), else the
// English, flagged so the interface can mark it "(in English)" and give it lang="en". One rule
// for summaries, tour texts, fact labels and history labels.
import { DEFAULT_LANG, type Lang, type TranslatedLang } from "./languages.ts";

export interface ShownText {
  text: string;
  /** The language the text is in, for its `lang` attribute. */
  lang: Lang;
  /** True when the reader asked for another language and this is the English. */
  fallback: boolean;
}

export type Translations = Partial<Record<TranslatedLang, string>> | undefined;

export function localText(english: string, translations: Translations, lang: Lang): ShownText {
  if (lang === DEFAULT_LANG) return { text: english, lang, fallback: false };
  const translated = translations?.[lang];
  return translated
    ? { text: translated, lang, fallback: false }
    : { text: english, lang: DEFAULT_LANG, fallback: true };
}
