// What components read to speak the reader's language: the language shown, its Intl locale and
// t(). Outside an I18nProvider (a component test of one panel) it is English.
import { createContext, useContext } from "react";
import { type Formats, formatsOf } from "../ui/format.ts";
import type { Catalogue, Say, TFunction } from "./catalogue.ts";
import { en } from "./catalogues/en.ts";
import { DEFAULT_LANG, type Lang, languageSpec } from "./languages.ts";
import { makeSay, makeT } from "./translate.ts";

export interface I18n {
  lang: Lang;
  locale: string;
  t: TFunction;
  say: Say;
  /** How dates and lengths are written (src/ui/format.ts). */
  formats: Formats;
}

export function i18nFor(lang: Lang, catalogue: Catalogue): I18n {
  const { locale } = languageSpec(lang);
  return {
    lang,
    locale,
    t: makeT(catalogue, locale),
    say: makeSay(catalogue, locale),
    formats: formatsOf(catalogue, locale),
  };
}

export const ENGLISH: I18n = i18nFor(DEFAULT_LANG, en);

export const I18nContext = createContext<I18n>(ENGLISH);

export const useI18n = (): I18n => useContext(I18nContext);
