// What "this view" holds, computed in one place for everything that writes it out: the figure,
// print, the data downloads and the embedded (shared) map. The visible segments are those whose
// layer group is on; places are always shown; the sources cited by the view are those quoted by
// the visible segments, by the places and by the overview, so a figure's source list and the
// citation files of the same view always agree.
import type { Corridor } from "./corridor.ts";
import type { AnnotationOut, NodeFeature, SegmentFeature, SourceMeta } from "./corridorTypes.ts";

export interface ViewData {
  /** The visible segments, in corridor order. */
  segments: SegmentFeature[];
  /** Every place: the map shows all of them whichever layers are on. Data order. */
  nodes: NodeFeature[];
  /** The annotations about the corridor as a whole. */
  overview: AnnotationOut[];
  /** The sources cited by the above, oldest first; ties by outlet, title, then id. */
  sources: SourceMeta[];
}

/** Segments whose layer group is switched on, in corridor order. */
export function visibleSegments(corridor: Corridor, groups: readonly string[]): SegmentFeature[] {
  return corridor.segments.filter((f) => groups.includes(f.properties.group));
}

/** Code-unit order, not locale order, so the output is the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The sources quoted by these segments, every place and the overview. */
export function citedSources(corridor: Corridor, segments: readonly SegmentFeature[]): SourceMeta[] {
  const annotations: AnnotationOut[] = [
    ...segments.flatMap((s) => s.properties.annotations),
    ...corridor.nodes.flatMap((n) => n.properties.annotations),
    ...corridor.collection.overview,
  ];
  const known = new Map(corridor.sources.map((s) => [s.id, s]));
  const cited = new Map<string, SourceMeta>();
  for (const { source } of annotations) {
    if (cited.has(source.id)) continue;
    // A source missing from the metadata list still gets cited, from the annotation's own copy.
    cited.set(source.id, known.get(source.id) ?? { ...source, dateline: "", republished: [] });
  }
  return [...cited.values()].sort(
    (a, b) =>
      compare(a.date, b.date) ||
      compare(a.outlet, b.outlet) ||
      compare(a.title, b.title) ||
      compare(a.id, b.id),
  );
}

export function viewData(corridor: Corridor, groups: readonly string[]): ViewData {
  const segments = visibleSegments(corridor, groups);
  return {
    segments,
    nodes: corridor.nodes,
    overview: corridor.collection.overview,
    sources: citedSources(corridor, segments),
  };
}
