// The interface language: which catalogue the components read, what `<html lang>` says and what
// `?lang=` holds (src/i18n/langSync.ts writes it back).
import { DEFAULT_LANG, type Lang } from "../i18n/languages.ts";

export interface LanguageSlice {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export function languageSlice(
  set: (patch: Partial<LanguageSlice>) => void,
  initial: Lang = DEFAULT_LANG,
): LanguageSlice {
  return { lang: initial, setLang: (lang) => set({ lang }) };
}
