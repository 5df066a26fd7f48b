// Drafts from the editor, shown beside the published data: a draft's annotations appear in the
// details panels, the overview and the reader, each marked as a draft. Pure and free of the
// validator: the app bundle carries this, the editor (a lazy chunk) makes the previews.
//
// The published corridor is never changed: `withDrafts` returns a new Corridor whose touched
// features are copies. Figures, downloads, embeds and share use the published one unless the
// user chooses to include drafts (ExportDialog).
import { type Corridor, indexCorridor } from "./corridor.ts";
import type { AnnotationOut, NodeFeature, SegmentFeature, SourceMeta } from "./corridorTypes.ts";
import type { Topic } from "./vocabulary.ts";

export interface DraftAnnotationPreview {
  id: string;
  topic: Topic;
  summary: string;
  quotes: string[];
  segments: string[];
  nodes: string[];
  corridor: boolean;
}

export interface DraftPreview {
  /** The draft's key in the browser's draft store. */
  key: string;
  /** The source as it would be published (id may still be invalid: it is a draft). */
  source: SourceMeta;
  /** The article as shown (omitted lines removed), for the reader. */
  text: string;
  annotations: DraftAnnotationPreview[];
  /** The id of the published source this draft edits; its annotations give way to the draft's. */
  editOf?: string;
}

/** A Corridor with drafts in it: the reader takes a draft source's text from here. */
export interface CorridorWithDrafts extends Corridor {
  draftTexts?: ReadonlyMap<string, string>;
}

/**
 * The drafts that can be shown: an edit of a published source, or a new source whose id no
 * published source and no earlier draft uses (a draft saved to data/ and rebuilt is then shown
 * once, as published).
 */
function showable(corridor: Corridor, drafts: readonly DraftPreview[]): DraftPreview[] {
  const published = new Set(corridor.sources.map((s) => s.id));
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const id = d.source.id;
    if (seen.has(id) || (d.editOf === undefined && published.has(id))) return false;
    if (d.editOf !== undefined && d.editOf !== id && published.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function annotationOut(d: DraftPreview, a: DraftAnnotationPreview): AnnotationOut {
  const { id, summary, quotes, topic } = a;
  return { id, summary, quotes, topic, source: d.source, draft: true };
}

/** The published corridor with the drafts' annotations and sources added, marked as drafts. */
export function withDrafts(corridor: Corridor, drafts: readonly DraftPreview[]): CorridorWithDrafts {
  const shown = showable(corridor, drafts);
  if (shown.length === 0) return corridor;
  // Sources the drafts replace: their published annotations give way to the draft's.
  const replaced = new Set(
    shown.flatMap((d) => [d.source.id, ...(d.editOf === undefined ? [] : [d.editOf])]),
  );
  const keep = (list: readonly AnnotationOut[]) => list.filter((a) => !replaced.has(a.source.id));
  const added = (type: "segments" | "nodes", id: string) =>
    shown.flatMap((d) => d.annotations.filter((a) => a[type].includes(id)).map((a) => annotationOut(d, a)));

  const features = corridor.collection.features.map((f) => {
    const p = f.properties;
    const extra = added(p.featureType === "segment" ? "segments" : "nodes", p.id);
    const before = keep(p.annotations);
    if (extra.length === 0 && before.length === p.annotations.length) return f;
    return { ...f, properties: { ...p, annotations: [...before, ...extra] } } as SegmentFeature | NodeFeature;
  });
  const overview = [
    ...keep(corridor.collection.overview),
    ...shown.flatMap((d) => d.annotations.filter((a) => a.corridor).map((a) => annotationOut(d, a))),
  ];
  const sources = [...corridor.sources.filter((s) => !replaced.has(s.id)), ...shown.map((d) => d.source)];
  const collection = { ...corridor.collection, features, overview, sources };
  return {
    ...indexCorridor(collection, corridor.url),
    draftTexts: new Map(shown.map((d) => [d.source.id, d.text])),
  };
}
