// What components read to speak the reader's language: the language shown, its Intl locale and
// t(). Every page provides it (the app's I18nProvider, the still embed's start); its default is
// no language rather than English, because English here would put the whole English catalogue
// into the still embed, which takes its few words from its lite file. English as a value for
// code outside React is ENGLISH (src/i18n/english.ts).
import { createContext, useContext } from "react";
import { type Formats, formatsOf } from "../ui/format.ts";
import type { Catalogue, Say, TFunction } from "./catalogue.ts";
import { type Lang, languageSpec } from "./languages.ts";
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

export const I18nContext = createContext<I18n | null>(null);

/** The context's value; outside a provider a programming error (a test renders the App, or
 * wraps what it renders in `I18nContext.Provider`). */
export function i18nOf(value: I18n | null): I18n {
  // i18n-ignore: a developer's error
  if (!value) throw new Error("no I18nContext.Provider above this component");
  return value;
}

export const useI18n = (): I18n => i18nOf(useContext(I18nContext));
