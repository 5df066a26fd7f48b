// A stored draft as the app shows it beside the published data (src/data/draftPreview.ts):
// its source marked as a draft, the article as the reader shows it, and the annotations that
// say what they are about. An annotation with no topic yet shows as "draft" until one is chosen.
import type { DraftPreview } from "../data/draftPreview.ts";
import { articleText } from "../data/sourceText.ts";
import { TOPICS, type Topic } from "../data/vocabulary.ts";
import type { Draft } from "./draft.ts";

const isTopic = (t: string): t is Topic => (TOPICS as readonly string[]).includes(t);

export function previewOf(key: string, draft: Draft, editOf?: string): DraftPreview {
  const m = draft.meta;
  return {
    key,
    source: {
      id: m.id || `draft-${key}`,
      outlet: m.outlet || "(outlet not given)",
      title: m.title || "(untitled draft)",
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
        summary: a.summary || "(no summary yet)",
        quotes: a.quotes,
        segments: a.segments,
        nodes: a.nodes,
        corridor: a.corridor,
      })),
    ...(editOf === undefined ? {} : { editOf }),
  };
}
