// An annotation's summary in the reader's language, or the English one marked as such where no
// translation is written yet (the data check lists those as warnings).
import type { AnnotationOut } from "../data/corridorTypes.ts";
import { DEFAULT_LANG, type Lang } from "./languages.ts";

export interface ShownSummary {
  text: string;
  /** The language the text is in, for its `lang` attribute. */
  lang: Lang;
  /** True when the reader asked for another language and this is the English. */
  fallback: boolean;
}

export function localSummary(
  annotation: Pick<AnnotationOut, "summary" | "summaries">,
  lang: Lang,
): ShownSummary {
  if (lang === DEFAULT_LANG) return { text: annotation.summary, lang, fallback: false };
  const translated = annotation.summaries?.[lang];
  return translated
    ? { text: translated, lang, fallback: false }
    : { text: annotation.summary, lang: DEFAULT_LANG, fallback: true };
}
