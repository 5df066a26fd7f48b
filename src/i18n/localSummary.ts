// An annotation's summary in the reader's language (localText: the English, marked, where no
// translation is written yet; the data check lists those as warnings).
import type { AnnotationOut } from "../data/corridorTypes.ts";
import type { Lang } from "./languages.ts";
import { localText, type ShownText } from "./localText.ts";

export type ShownSummary = ShownText;

export function localSummary(
  annotation: Pick<AnnotationOut, "summary" | "summaries">,
  lang: Lang,
): ShownSummary {
  return localText(annotation.summary, annotation.summaries, lang);
}
