// The corridor as the app holds it: the collection from corridor.geojson plus indexes.
import type { CorridorCollection, NodeFeature, SegmentFeature, SourceMeta } from "./corridorTypes.ts";

export interface Corridor {
  collection: CorridorCollection;
  /**
   * The absolute URL the collection was loaded from, when it was (not inlined): the map's
   * worker then loads the same file itself rather than have the parsed collection copied to it.
   */
  url?: string;
  /** In corridor order. */
  segments: SegmentFeature[];
  nodes: NodeFeature[];
  segmentById: ReadonlyMap<string, SegmentFeature>;
  nodeById: ReadonlyMap<string, NodeFeature>;
  sources: SourceMeta[];
}

export function indexCorridor(collection: CorridorCollection, url?: string): Corridor {
  const segments: SegmentFeature[] = [];
  const nodes: NodeFeature[] = [];
  for (const f of collection.features) {
    if (f.properties.featureType === "segment") segments.push(f as SegmentFeature);
    else nodes.push(f as NodeFeature);
  }
  segments.sort((a, b) => a.properties.order - b.properties.order);
  return {
    collection,
    segments,
    nodes,
    segmentById: new Map(segments.map((s) => [s.properties.id, s])),
    nodeById: new Map(nodes.map((n) => [n.properties.id, n])),
    sources: collection.sources,
    ...(url ? { url } : {}),
  };
}
