// A draft as the three files the repository keeps for a source (README "Adding a source
// article"), byte for byte as they are written by hand: key order of the existing files,
// optional fields left out when empty, Biome's JSON layout (formatJson.ts). And back: a source's
// files as a draft, for "Edit". draftFiles(draftFromFiles(files)) gives the files unchanged
// (test/unit/editorFiles.test.ts, on every source in data/).
import type { Draft, DraftAnnotation } from "./draft.ts";
import { formatJson } from "./formatJson.ts";

export interface DraftFile {
  /** Path from the project root, e.g. data/sources/<id>.json */
  path: string;
  content: string;
}

export interface DraftFileSet {
  text: DraftFile;
  source: DraftFile;
  annotations: DraftFile;
}

export const sourceTextPath = (id: string) => `data/sources/${id}.txt`;
export const sourcePath = (id: string) => `data/sources/${id}.json`;
export const annotationsPath = (id: string) => `data/annotations/${id}.json`;

/** An empty string in the form means "not given": the field is left out. */
const given = (s: string | undefined) => (s === undefined || s === "" ? undefined : s);

function annotationJson(a: DraftAnnotation) {
  return {
    id: a.id,
    segments: a.segments.length > 0 ? a.segments : undefined,
    nodes: a.nodes.length > 0 ? a.nodes : undefined,
    corridor: a.corridor ? true : undefined,
    topic: a.topic,
    summary: a.summary,
    // Translations of the summary are kept as they are (the form does not edit them yet).
    summaries: a.summaries && Object.keys(a.summaries).length > 0 ? a.summaries : undefined,
    quotes: a.quotes,
  };
}

/** The three files of a draft, named after its id. */
export function draftFiles(draft: Draft): DraftFileSet {
  const m = draft.meta;
  const source = {
    id: m.id,
    outlet: m.outlet,
    title: m.title,
    titleKind: m.titleKind,
    date: m.date,
    datePrecision: m.datePrecision,
    dateInferred: m.dateInferred,
    dateNote: given(m.dateNote),
    dateline: m.dateline,
    url: given(m.url),
    language: m.language,
    textFile: `${m.id}.txt`,
    omitLines: draft.omitLines,
    republished: m.republished.map((r) => ({ ...r, url: given(r.url) })),
  };
  return {
    text: { path: sourceTextPath(m.id), content: draft.text },
    source: { path: sourcePath(m.id), content: formatJson(source) },
    annotations: {
      path: annotationsPath(m.id),
      content: formatJson({ source: m.id, annotations: draft.annotations.map(annotationJson) }),
    },
  };
}

/** The files as a list, in the order the save endpoint writes them (text first). */
export const fileList = (set: DraftFileSet): DraftFile[] => [set.text, set.source, set.annotations];

type Obj = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : "");
/** An object of texts (`summaries`), or undefined; non-text values are dropped for the check to miss. */
const texts = (v: unknown): Record<string, string> | undefined =>
  v && typeof v === "object" && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === "string"))
    : undefined;
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/**
 * A source's files (already read: the text, the parsed metadata and annotations) as a draft.
 * Fields that are missing or of the wrong type become empty, for the check to report.
 */
export function draftFromFiles(text: string, source: unknown, annotations: unknown): Draft {
  const s = (source ?? {}) as Obj;
  const list = ((annotations ?? {}) as Obj).annotations;
  return {
    text,
    omitLines: strs(s.omitLines),
    meta: {
      id: str(s.id),
      outlet: str(s.outlet),
      title: str(s.title),
      titleKind: s.titleKind === "lede" ? "lede" : "headline",
      date: str(s.date),
      datePrecision: s.datePrecision === "month" || s.datePrecision === "year" ? s.datePrecision : "day",
      dateInferred: s.dateInferred === true,
      ...(typeof s.dateNote === "string" ? { dateNote: s.dateNote } : {}),
      dateline: str(s.dateline),
      ...(typeof s.url === "string" ? { url: s.url } : {}),
      language: str(s.language),
      republished: (Array.isArray(s.republished) ? (s.republished as Obj[]) : []).map((r) => ({
        outlet: str(r.outlet),
        title: str(r.title),
        date: str(r.date),
        ...(typeof r.url === "string" ? { url: r.url } : {}),
      })),
    },
    annotations: (Array.isArray(list) ? (list as Obj[]) : []).map((a) => ({
      id: str(a.id),
      segments: strs(a.segments),
      nodes: strs(a.nodes),
      corridor: a.corridor === true,
      topic: str(a.topic),
      summary: str(a.summary),
      ...(texts(a.summaries) ? { summaries: texts(a.summaries) } : {}),
      quotes: strs(a.quotes),
    })),
  };
}
