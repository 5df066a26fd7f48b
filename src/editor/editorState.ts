// The edits the "Add a source" dialog makes to a draft, as pure functions (unit-tested): the
// dialog only calls these. The id follows outlet, date and title until someone types one; new
// annotations are named after the source's id and follow it when it changes.
import type { DatePrecision } from "../data/vocabulary.ts";
import { type Draft, type DraftAnnotation, type DraftMeta, emptyAnnotation } from "./draft.ts";
import { proposeId, uniqueId } from "./proposeId.ts";

/** Ids already in the published data, which a new source and its annotations must not reuse. */
export interface TakenIds {
  sources: ReadonlySet<string>;
  annotations: ReadonlySet<string>;
}

/** The precision a date is written in, or null when it is not yet a date. */
export function precisionOf(date: string): DatePrecision | null {
  const d = date.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return "day";
  if (/^\d{4}-\d{2}$/.test(d)) return "month";
  if (/^\d{4}$/.test(d)) return "year";
  return null;
}

/** The id the draft would get from its outlet, date and title. */
export function proposedId(meta: DraftMeta, taken: TakenIds): string {
  return uniqueId(proposeId(meta.outlet, meta.date, meta.title), taken.sources);
}

const annotationIdPattern = (sourceId: string) =>
  new RegExp(`^${sourceId.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-(\\d+)$`);

/** Renames the annotations named after `from` (from-1, from-2…) to be named after `to`. */
function renameAnnotations(annotations: DraftAnnotation[], from: string, to: string): DraftAnnotation[] {
  if (from === to || from === "") return annotations;
  const pattern = annotationIdPattern(from);
  return annotations.map((a) => {
    const m = pattern.exec(a.id);
    return m ? { ...a, id: `${to}-${m[1]}` } : a;
  });
}

/**
 * Changes metadata fields. While the id was never typed (`idTyped` false) and the source is new,
 * it follows outlet, date and title; a date written in a new shape brings its precision along.
 */
export function updateMeta(draft: Draft, patch: Partial<DraftMeta>, taken: TakenIds, isEdit = false): Draft {
  let meta: DraftMeta = { ...draft.meta, ...patch };
  if (patch.date !== undefined) {
    const precision = precisionOf(patch.date);
    if (precision && precisionOf(draft.meta.date) !== precision) meta = { ...meta, datePrecision: precision };
  }
  if (patch.id !== undefined) meta = { ...meta, idTyped: true };
  else if (!isEdit && !meta.idTyped && (patch.outlet ?? patch.date ?? patch.title) !== undefined)
    meta = { ...meta, id: proposedId(meta, taken) };
  return { ...draft, meta, annotations: renameAnnotations(draft.annotations, draft.meta.id, meta.id) };
}

/** A fresh annotation id for the draft: <source id>-<n>, used by nothing else. */
export function nextAnnotationId(draft: Draft, taken: TakenIds): string {
  const used = new Set([...taken.annotations, ...draft.annotations.map((a) => a.id)]);
  const base = draft.meta.id || "source";
  for (let n = draft.annotations.length + 1; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function addAnnotation(draft: Draft, taken: TakenIds): Draft {
  return { ...draft, annotations: [...draft.annotations, emptyAnnotation(nextAnnotationId(draft, taken))] };
}

export function updateAnnotation(draft: Draft, id: string, patch: Partial<DraftAnnotation>): Draft {
  return { ...draft, annotations: draft.annotations.map((a) => (a.id === id ? { ...a, ...patch } : a)) };
}

export function removeAnnotation(draft: Draft, id: string): Draft {
  return { ...draft, annotations: draft.annotations.filter((a) => a.id !== id) };
}

/** Adds a quote to an annotation, once: the same passage twice is one quote. */
export function addQuote(draft: Draft, id: string, quote: string): Draft {
  const a = draft.annotations.find((x) => x.id === id);
  if (!a || a.quotes.includes(quote)) return draft;
  return updateAnnotation(draft, id, { quotes: [...a.quotes, quote] });
}

export function removeQuote(draft: Draft, id: string, index: number): Draft {
  const a = draft.annotations.find((x) => x.id === id);
  if (!a) return draft;
  return updateAnnotation(draft, id, { quotes: a.quotes.filter((_, i) => i !== index) });
}

export type TargetRef = { type: "segment" | "node"; id: string };

/** Adds a segment or place to an annotation, or takes it away when it is there. */
export function toggleTarget(draft: Draft, id: string, target: TargetRef, on?: boolean): Draft {
  const a = draft.annotations.find((x) => x.id === id);
  if (!a) return draft;
  const key = target.type === "segment" ? "segments" : "nodes";
  const has = a[key].includes(target.id);
  const want = on ?? !has;
  if (want === has) return draft;
  return updateAnnotation(draft, id, {
    [key]: want ? [...a[key], target.id] : a[key].filter((x) => x !== target.id),
  });
}

/** The lines of the article that can be omitted (not blank), each once, in order. */
export function articleLines(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (t && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out;
}

/** Marks a line as not part of the article (a publisher's promotion), or as part of it again. */
export function setOmitted(draft: Draft, line: string, omitted: boolean): Draft {
  const rest = draft.omitLines.filter((l) => l !== line);
  return { ...draft, omitLines: omitted ? [...rest, line] : rest };
}
