// A tour step's title and notes in the reader's language (the tour's `titles` and `notesIn`;
// the English, to be marked, where one is missing).
import type { TourStep } from "../../data/schema.ts";
import type { Lang } from "../../i18n/languages.ts";
import { localText, type ShownText } from "../../i18n/localText.ts";

export function stepTitle(step: TourStep, lang: Lang): ShownText {
  return localText(step.title, step.titles, lang);
}

/** Null where the step has no notes at all. */
export function stepNotes(step: TourStep, lang: Lang): ShownText | null {
  return step.notes ? localText(step.notes, step.notesIn, lang) : null;
}
