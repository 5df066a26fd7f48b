// How a text of the data is shown: in its language (`lang`), and where it is the English for
// want of a translation, with the small "(in English)" marker after it. Summaries, tour titles
// and notes, fact labels and history labels all use it, so the marker looks the same everywhere.
import type { MessageKey, TFunction } from "./catalogue.ts";
import { useI18n } from "./i18nContext.ts";
import { isLang } from "./languages.ts";
import type { ShownText } from "./localText.ts";
import "./localText.css";

/** The marker alone, for a text laid out by its caller. */
export function InEnglish() {
  const { t } = useI18n();
  return <span className="in-english"> {t("annotation.inEnglish")}</span>;
}

/** The text in a span with its `lang`, and the marker where it is the English fallback. */
export function LocalText({ shown, className }: { shown: ShownText; className?: string }) {
  return (
    <span lang={shown.lang} className={className}>
      {shown.text}
      {shown.fallback && <InEnglish />}
    </span>
  );
}

/**
 * A quote's language, as a small tag ("EN", "RU") before it: quotes are never translated, so a
 * reader of another language is told which one it is in. Nothing where the quote is in the
 * reader's own language.
 */
export function QuoteLang({ language }: { language: string }) {
  const { lang, t } = useI18n();
  const code = language.split("-")[0]?.toLowerCase() ?? language;
  if (code === lang) return null;
  return (
    <abbr className="quote-lang" title={t("content.quoteIn", { language: languageName(code, t) })}>
      {code.toUpperCase()}
    </abbr>
  );
}

/** The quote's language named in the reader's: the registry's languages from the catalogue, others by code. */
function languageName(code: string, t: TFunction): string {
  return isLang(code) ? t(`content.language.${code}` satisfies MessageKey) : code.toUpperCase();
}
