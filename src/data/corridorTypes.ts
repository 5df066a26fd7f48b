// The shape of corridor.geojson (see PRODUCT.md, "Contract") and of the data the app holds.
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from "geojson";
import type { Fact, HistoryEvent, TourStep } from "./schema.ts";
import type { LayerGroup, NodeKind, Role, SegmentKind, SegmentStatus, Topic } from "./vocabulary.ts";

export interface SourceRef {
  id: string;
  outlet: string;
  title: string;
  titleKind: "headline" | "lede";
  date: string;
  datePrecision: "day" | "month" | "year";
  dateInferred: boolean;
  url?: string;
  /** A draft from the editor in this browser, not published data (src/data/draftPreview.ts). */
  draft?: boolean;
}

export interface AnnotationOut {
  id: string;
  summary: string;
  quotes: string[];
  topic: Topic;
  source: SourceRef;
  /** A draft from the editor in this browser, not published data. */
  draft?: boolean;
}

export interface SegmentProps {
  featureType: "segment";
  id: string;
  name: string;
  kind: SegmentKind;
  status: SegmentStatus;
  order: number;
  role: Role;
  /** Screen px to the right of the path the line is drawn (0 for most). */
  drawOffset: number;
  /** The layer group that shows or hides it: its kind's, unless the data overrides it. */
  group: LayerGroup;
  countries: string[];
  lengthKm: number;
  /** A published length, when one is known, with its reference. */
  referenceLength?: { km: number; ref: Fact["ref"] };
  from: string;
  to: string;
  fromName: string;
  toName: string;
  description?: string;
  routeNote?: string;
  mapNote?: string;
  facts: Fact[];
  /** Dated events, oldest first (PRODUCT.md, contract part two). */
  history: HistoryEvent[];
  annotations: AnnotationOut[];
}

export interface NodeProps {
  featureType: "node";
  id: string;
  name: string;
  /** Map label: the short name where there is one. */
  label: string;
  kind: NodeKind;
  country: string;
  rank: number;
  note?: string;
  facts: Fact[];
  history: HistoryEvent[];
  annotations: AnnotationOut[];
}

export type SegmentFeature = Feature<LineString | MultiLineString, SegmentProps>;
export type NodeFeature = Feature<Point, NodeProps>;

export interface SourceMeta extends SourceRef {
  dateNote?: string;
  dateline: string;
  republished: { outlet: string; title: string; date: string; url?: string }[];
}

export interface CorridorCollection
  extends FeatureCollection<LineString | MultiLineString | Point, SegmentProps | NodeProps> {
  /** Foreign member: the sources' metadata (their text ships separately, for the reader). */
  sources: SourceMeta[];
  /** Foreign member: annotations about the corridor as a whole, for the overview. */
  overview: AnnotationOut[];
  /** Foreign member: the briefing tour (data/tour.json). */
  tour: TourStep[];
}
