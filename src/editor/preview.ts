// A stored draft as the app shows it beside the published data (src/data/draftPreview.ts):
// its source marked as a draft, the article as the reader shows it, and the annotations that
// say what they are about. An annotation with no topic yet shows as "draft" until one is chosen.
import type { DraftPreview } from "../data/draftPreview.ts";
import { articleText } from "../data/sourceText.ts";
import { TOPICS, type Topic } from "../data/vocabulary.ts";
import { en } from "../i18n/catalogues/en.ts";
import { type Lang, languageSpec } from "../i18n/languages.ts";
import { loadedCatalogue } from "../i18n/loadCatalogue.ts";
import { makeT } from "../i18n/translate.ts";
import type { Draft } from "./draft.ts";

const isTopic = (t: string): t is Topic => (TOPICS as readonly string[]).includes(t);

/** What a preview says where the draft has nothing yet, in the reader's language. */
export interface PreviewWords {
  noOutlet: string;
  noTitle: string;
  noSummary: string;
}

/** The words in `lang` once its catalogue is here (the editor runs after it is), else English. */
export function previewWords(lang: Lang): PreviewWords {
  const t = makeT(loadedCatalogue(lang) ?? en, languageSpec(lang).locale);
  return {
    noOutlet: t("editor.preview.noOutlet"),
    noTitle: t("editor.preview.noTitle"),
    noSummary: t("editor.preview.noSummary"),
  };
}

export function previewOf(
  key: string,
  draft: Draft,
  editOf?: string,
  words = previewWords("en"),
): DraftPreview {
  const m = draft.meta;
  return {
    key,
    source: {
      id: m.id || `draft-${key}`,
      outlet: m.outlet || words.noOutlet,
      title: m.title || words.noTitle,
      titleKind: m.titleKind,
      date: m.date,
      datePrecision: m.datePrecision,
      dateInferred: m.dateInferred,
      ...(m.dateNote ? { dateNote: m.dateNote } : {}),
      dateline: m.dateline,
      ...(m.url ? { url: m.url } : {}),
      republished: m.republished,
      draft: true,
    },
    text: articleText(draft.text, draft.omitLines),
    annotations: draft.annotations
      .filter((a) => a.quotes.length > 0 || a.summary.trim() !== "")
      .map((a) => ({
        id: a.id,
        // Not yet a topic: shown under the first one, the card says "draft" anyway.
        topic: isTopic(a.topic) ? a.topic : "infrastructure",
        summary: a.summary || words.noSummary,
        quotes: a.quotes,
        segments: a.segments,
        nodes: a.nodes,
        corridor: a.corridor,
      })),
    ...(editOf === undefined ? {} : { editOf }),
  };
}
