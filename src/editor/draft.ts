// What the "Add a source" dialog holds while someone types: the article, its metadata and its
// annotations, as plain form state. Nothing here is required to be valid: the data check
// (checkDraft.ts) says what is wrong, field by field. The schema below only says what a stored
// draft must look like to be loaded back (draftStore.ts), so a foreign or corrupt entry is
// skipped rather than shown half-broken.
import "../data/zodConfig.ts";
import { z } from "zod";
import { DATE_PRECISIONS } from "../data/vocabulary.ts";

const republishedSchema = z.object({
  outlet: z.string(),
  title: z.string(),
  date: z.string(),
  url: z.string().optional(),
});

const draftAnnotationSchema = z.object({
  id: z.string(),
  segments: z.array(z.string()),
  nodes: z.array(z.string()),
  /** About the corridor as a whole. */
  corridor: z.boolean(),
  /** One of TOPICS once chosen; "" until then (the check says it is missing). */
  topic: z.string(),
  summary: z.string(),
  /** The summary in other languages (`{"ru": "…"}`), kept from the file as written. */
  summaries: z.record(z.string(), z.string()).optional(),
  quotes: z.array(z.string()),
});

const draftMetaSchema = z.object({
  id: z.string(),
  /** The id was typed by the user: it no longer follows outlet, date and title. */
  idTyped: z.boolean().optional(),
  outlet: z.string(),
  title: z.string(),
  titleKind: z.enum(["headline", "lede"]),
  date: z.string(),
  datePrecision: z.enum(DATE_PRECISIONS),
  dateInferred: z.boolean(),
  /** Left out of the file when empty. */
  dateNote: z.string().optional(),
  dateline: z.string(),
  /** Left out of the file when empty. */
  url: z.string().optional(),
  language: z.string(),
  /** Kept when editing a source that has them; the dialog does not edit them yet. */
  republished: z.array(republishedSchema),
});

export const draftSchema = z.object({
  /** The article exactly as pasted (written to data/sources/<id>.txt unchanged). */
  text: z.string(),
  /** Lines of the text that are not the article (a publisher's promotion). */
  omitLines: z.array(z.string()),
  meta: draftMetaSchema,
  annotations: z.array(draftAnnotationSchema),
});

export type Draft = z.infer<typeof draftSchema>;
export type DraftMeta = Draft["meta"];
export type DraftAnnotation = Draft["annotations"][number];

/** A new, empty draft: what the dialog starts from. */
export function emptyDraft(): Draft {
  return {
    text: "",
    omitLines: [],
    meta: {
      id: "",
      outlet: "",
      title: "",
      titleKind: "headline",
      date: "",
      datePrecision: "day",
      dateInferred: false,
      dateline: "",
      language: "en",
      republished: [],
    },
    annotations: [],
  };
}

/** A new annotation in a draft. */
export function emptyAnnotation(id: string): DraftAnnotation {
  return { id, segments: [], nodes: [], corridor: false, topic: "", summary: "", quotes: [] };
}
