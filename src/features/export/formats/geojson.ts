// "Download the visible data" as GeoJSON: the same shape as the app's corridor.geojson (so the
// tools that read one read the other), cut down to the segments on the map now. It also holds
// the selection every format shares (which features and which sources are "visible"), so that
// the GeoJSON, KML, CSV and citation files of one download always agree.
import type {
  AnnotationOut,
  CorridorCollection,
  NodeFeature,
  SegmentFeature,
  SourceMeta,
} from "../../../data/corridorTypes.ts";

type AnyFeature = CorridorCollection["features"][number];

function isSegment(f: AnyFeature): f is SegmentFeature {
  return f.properties.featureType === "segment";
}

function isNode(f: AnyFeature): f is NodeFeature {
  return f.properties.featureType === "node";
}

export interface VisibleFeatures {
  /** The visible segments, in corridor order (`order`, ties kept in data order). */
  segments: SegmentFeature[];
  /** Every place: the map shows all of them whichever layers are on. Data order. */
  nodes: NodeFeature[];
}

export function visibleFeatures(
  collection: CorridorCollection,
  visibleSegmentIds: ReadonlySet<string>,
): VisibleFeatures {
  const segments = collection.features
    .filter(isSegment)
    .filter((s) => visibleSegmentIds.has(s.properties.id))
    .sort((a, b) => a.properties.order - b.properties.order);
  return { segments, nodes: collection.features.filter(isNode) };
}

/**
 * The sources quoted by what a download contains: the visible segments' annotations, the places'
 * (all places are exported) and the overview's. Oldest first; ties by outlet, then id.
 */
export function citedSources(
  collection: CorridorCollection,
  visibleSegmentIds: ReadonlySet<string>,
): SourceMeta[] {
  const { segments, nodes } = visibleFeatures(collection, visibleSegmentIds);
  const annotations: AnnotationOut[] = [
    ...segments.flatMap((s) => s.properties.annotations),
    ...nodes.flatMap((n) => n.properties.annotations),
    ...collection.overview,
  ];
  const known = new Map(collection.sources.map((s) => [s.id, s]));
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

/** Code-unit order, not locale order, so the output is the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A FeatureCollection of the visible segments then every place, with the `overview` and the
 * cited `sources` as foreign members. Two-space indent and a final newline; key order is the
 * data's own, so the same data always gives the same bytes.
 */
export function visibleGeoJson(
  collection: CorridorCollection,
  visibleSegmentIds: ReadonlySet<string>,
): string {
  const { segments, nodes } = visibleFeatures(collection, visibleSegmentIds);
  const out = {
    type: "FeatureCollection",
    features: [...segments, ...nodes],
    sources: citedSources(collection, visibleSegmentIds),
    overview: collection.overview,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
