// Which annotations the details panel shows: all, or those of one topic and/or one source.
import type { AnnotationOut } from "../../data/corridorTypes.ts";
import type { Topic } from "../../data/vocabulary.ts";

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
