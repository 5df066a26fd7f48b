// The shape of corridor.geojson (see PRODUCT.md, "Contract") and of the data the app holds.
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from "geojson";
import type { TranslatedLang } from "../i18n/languages.ts";
import type { LocalLabels } from "../i18n/localLabel.ts";
import type { Fact, GaugeInfo, HistoryEvent, TourStep, TransitHours } from "./schema.ts";
import type { LayerGroup, NodeKind, Role, SegmentKind, SegmentStatus, Topic } from "./vocabulary.ts";

export interface SourceRef {
  id: string;
  outlet: string;
  title: string;
  titleKind: "headline" | "lede";
  date: string;
  datePrecision: "day" | "month" | "year";
  dateInferred: boolean;
  /** The article's language (a BCP 47 tag): quotes are shown in it, never translated. */
  language?: string;
  url?: string;
  /** A draft from the editor in this browser, not published data (src/data/draftPreview.ts). */
  draft?: boolean;
}

export interface AnnotationOut {
  id: string;
  summary: string;
  /** The summary in other languages, where written (src/data/schema.ts). */
  summaries?: Partial<Record<TranslatedLang, string>>;
  quotes: string[];
  topic: Topic;
  source: SourceRef;
  /** A draft from the editor in this browser, not published data. */
  draft?: boolean;
}

export interface SegmentProps {
  featureType: "segment";
  id: string;
  /** English (PRODUCT.md); `names` has it in the other languages of src/i18n/languages.ts. */
  name: string;
  names: Partial<Record<TranslatedLang, string>>;
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
  /** Rail: the track gauge from `from`, and where it changes (src/data/schema.ts, gaugeSchema). */
  gauge?: GaugeInfo;
  /** A sourced transit time of the whole segment (the Caspian ferries), with its reference. */
  transitHours?: TransitHours;
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

export interface NodeProps extends LocalLabels {
  featureType: "node";
  id: string;
  name: string;
  names: Partial<Record<TranslatedLang, string>>;
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
