// Which annotations the details panel shows: all, or those of one topic and/or one source. A
// filter belongs to a selection: on a new one each part is kept only if the new segment or place
// offers that option (`carryFilter`, used by the store), and the panel applies only a filter its
// selects can show (the same function), so the selects always show the filter in force.
import type { Corridor } from "../data/corridor.ts";
import type { AnnotationOut, SourceRef } from "../data/corridorTypes.ts";
import type { Topic } from "../data/vocabulary.ts";
import type { Selection } from "./types.ts";

export interface AnnotationFilter {
  topic: Topic | null;
  source: string | null;
}

export const NO_FILTER: AnnotationFilter = { topic: null, source: null };

export function filterAnnotations(list: readonly AnnotationOut[], f: AnnotationFilter): AnnotationOut[] {
  return list.filter(
    (a) => (f.topic === null || a.topic === f.topic) && (f.source === null || a.source.id === f.source),
  );
}

/** What the selects offer for these annotations: their topics (sorted) and sources (first seen). */
export function filterOptions(list: readonly AnnotationOut[]): { topics: Topic[]; sources: SourceRef[] } {
  return {
    topics: [...new Set(list.map((a) => a.topic))].sort(),
    sources: [...new Map(list.map((a) => [a.source.id, a.source])).values()],
  };
}

/** The filter as it applies to these annotations: each part kept only if they offer that option. */
export function carryFilter(f: AnnotationFilter, list: readonly AnnotationOut[]): AnnotationFilter {
  const topic = f.topic !== null && list.some((a) => a.topic === f.topic) ? f.topic : null;
  const source = f.source !== null && list.some((a) => a.source.id === f.source) ? f.source : null;
  return topic === f.topic && source === f.source ? f : { topic, source };
}

/** The annotations the details panel lists for a selection (none when nothing is selected). */
export function selectionAnnotations(corridor: Corridor | null, selection: Selection): AnnotationOut[] {
  if (!corridor || selection.type === "none") return [];
  const feature =
    selection.type === "segment"
      ? corridor.segmentById.get(selection.id)
      : corridor.nodeById.get(selection.id);
  return feature?.properties.annotations ?? [];
}
