// How a text of the data is shown: in its language (`lang`), and where it is the English for
// want of a translation, with the small "(in English)" marker after it. Summaries, tour titles
// and notes, fact labels and history labels all use it, so the marker looks the same everywhere.
import type { ReactNode } from "react";
import type { MessageKey, TFunction } from "./catalogue.ts";
import { useI18n } from "./i18nContext.ts";
import { DEFAULT_LANG, isLang } from "./languages.ts";
import type { ShownText } from "./localText.ts";
import "./localText.css";

/** The marker alone, for a text laid out by its caller. */
export function InEnglish() {
  const { t } = useI18n();
  return <span className="in-english"> {t("annotation.inEnglish")}</span>;
}

/**
 * A text of the data: as it is where it is in the reader's language (the page's `lang` holds),
 * else the English in a span with lang="en" and the marker after it, in the reader's language.
 */
export function LocalText({ shown }: { shown: ShownText }) {
  if (!shown.fallback) return <>{shown.text}</>;
  return (
    <>
      <span lang={shown.lang}>{shown.text}</span>
      <InEnglish />
    </>
  );
}

/**
 * Free text the data has in English only (descriptions, route notes, fact values and their
 * notes): in another language it is marked lang="en" (so it is read out as English), and with
 * the marker after it where `marked` (a fact value is not marked one by one: its section is).
 */
export function DataEnglish({ children, marked = false }: { children: ReactNode; marked?: boolean }) {
  const { lang } = useI18n();
  if (lang === DEFAULT_LANG) return <>{children}</>;
  return (
    <>
      <span lang={DEFAULT_LANG}>{children}</span>
      {marked && <InEnglish />}
    </>
  );
}

export interface QuoteMark {
  /** The article's language, for the quote's `lang`. */
  lang: string | undefined;
  /** "EN", drawn as a small tag before the quote by CSS (`[data-quote-lang]::before`, so it is
   * never part of the quote's text); undefined where the quote is in the reader's language. */
  tag: string | undefined;
  /** Says what the tag means, on hover. */
  title: string | undefined;
}

/**
 * How a quote is marked: quotes are never translated, so a reader of another language is told
 * which one it is in. Put `lang` and `title` on the quote and `data-quote-lang={tag}` on its
 * first line of text.
 */
export function useQuoteMark(): (language: string | undefined) => QuoteMark {
  const { lang, t } = useI18n();
  return (language) => {
    const code = language?.split("-")[0]?.toLowerCase();
    if (!code || code === lang) return { lang: language, tag: undefined, title: undefined };
    return {
      lang: language,
      tag: code.toUpperCase(),
      title: t("content.quoteIn", { language: languageName(code, t) }),
    };
  };
}

/** The quote's language named in the reader's: the registry's languages from the catalogue, others by code. */
function languageName(code: string, t: TFunction): string {
  return isLang(code) ? t(`content.language.${code}` satisfies MessageKey) : code.toUpperCase();
}
