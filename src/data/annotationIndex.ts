// Annotations are stored on the features they describe; the reader needs the reverse: for each
// annotation, the segments and places it is attached to.
import type { Corridor } from "./corridor.ts";
import type { AnnotationOut } from "./corridorTypes.ts";

export interface AnnotationTarget {
  type: "segment" | "node";
  id: string;
  name: string;
}

export interface IndexedAnnotation {
  annotation: AnnotationOut;
  targets: AnnotationTarget[];
}

export function indexAnnotations(corridor: Corridor): Map<string, IndexedAnnotation> {
  const index = new Map<string, IndexedAnnotation>();
  const add = (annotation: AnnotationOut, target: AnnotationTarget) => {
    const entry = index.get(annotation.id) ?? { annotation, targets: [] };
    entry.targets.push(target);
    index.set(annotation.id, entry);
  };
  for (const s of corridor.segments) {
    for (const a of s.properties.annotations)
      add(a, { type: "segment", id: s.properties.id, name: s.properties.name });
  }
  for (const n of corridor.nodes) {
    for (const a of n.properties.annotations)
      add(a, { type: "node", id: n.properties.id, name: n.properties.name });
  }
  return index;
}

/** The annotations that quote one source, in the order their first quote appears is up to the caller. */
export function annotationsOfSource(
  index: Map<string, IndexedAnnotation>,
  sourceId: string,
): IndexedAnnotation[] {
  return [...index.values()].filter((e) => e.annotation.source.id === sourceId);
}
