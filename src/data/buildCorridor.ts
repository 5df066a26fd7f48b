// Turns validated data into corridor.geojson: one FeatureCollection of segments (with their
// annotations and turf-computed length) and nodes. Pure and deterministic.
// i18n-ignore-file: the build's own errors, for whoever edits data/.
import { lineString } from "@turf/helpers";
import { length } from "@turf/length";
import { localLabels } from "../i18n/localLabel.ts";
import { KINDS } from "../layers/registry.ts";
import type {
  AnnotationOut,
  CorridorCollection,
  NodeFeature,
  SegmentFeature,
  SourceMeta,
  SourceRef,
} from "./corridorTypes.ts";
import { flowCurve } from "./flowCurve.ts";
import type { Segment } from "./schema.ts";
import type { SourceWithText, ValidData } from "./validateData.ts";

/** Length of the drawn geometry along the great circle, in km, rounded to 1 km. */
export function segmentLengthKm(waypoints: readonly (readonly [number, number])[]): number {
  return Math.round(length(lineString(waypoints.map(([x, y]) => [x, y])), { units: "kilometers" }));
}

/** The line as drawn: waypoints, except trade flows, which curve from their first to last point. */
export function drawnLine(s: Pick<Segment, "kind" | "waypoints">): [number, number][] {
  const first = s.waypoints[0];
  const last = s.waypoints.at(-1);
  if (KINDS[s.kind].flow && first && last) return flowCurve(first, last);
  return s.waypoints.map(([x, y]) => [x, y]);
}

function sourceRef(s: SourceWithText): SourceRef {
  return {
    id: s.id,
    outlet: s.outlet,
    title: s.title,
    titleKind: s.titleKind,
    date: s.date,
    datePrecision: s.datePrecision,
    dateInferred: s.dateInferred,
    language: s.language,
    ...(s.url ? { url: s.url } : {}),
  };
}

export function buildCorridor(data: ValidData): CorridorCollection {
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const nodeById = new Map(data.nodes.map((n) => [n.id, n]));

  const out = (a: ValidData["annotations"][number]): AnnotationOut => {
    const source = sourceById.get(a.source);
    if (!source) throw new Error(`annotation ${a.id}: unknown source ${a.source}`);
    return {
      id: a.id,
      summary: a.summary,
      ...(a.summaries ? { summaries: a.summaries } : {}),
      quotes: a.quotes,
      topic: a.topic,
      source: sourceRef(source),
    };
  };
  const annotationsFor = (field: "segments" | "nodes", id: string): AnnotationOut[] =>
    data.annotations.filter((a) => a[field].includes(id)).map(out);

  const segments: SegmentFeature[] = [...data.segments]
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .map((s) => ({
      type: "Feature",
      geometry: { type: "LineString", coordinates: drawnLine(s) },
      properties: {
        featureType: "segment",
        id: s.id,
        name: s.name,
        names: s.names ?? {},
        kind: s.kind,
        status: s.status,
        order: s.order,
        role: s.role,
        drawOffset: s.drawOffset ?? 0,
        group: s.layerGroup ?? KINDS[s.kind].group,
        countries: s.countries,
        lengthKm: segmentLengthKm(drawnLine(s)),
        ...(s.gauge ? { gauge: s.gauge } : {}),
        ...(s.transitHours ? { transitHours: s.transitHours } : {}),
        ...(s.referenceLength ? { referenceLength: s.referenceLength } : {}),
        from: s.from,
        to: s.to,
        fromName: nodeById.get(s.from)?.name ?? s.from,
        toName: nodeById.get(s.to)?.name ?? s.to,
        ...(s.description ? { description: s.description } : {}),
        ...(s.routeNote ? { routeNote: s.routeNote } : {}),
        ...(s.mapNote ? { mapNote: s.mapNote } : {}),
        facts: s.facts,
        history: s.history,
        annotations: annotationsFor("segments", s.id),
      },
    }));

  const nodes: NodeFeature[] = data.nodes.map((n) => ({
    type: "Feature",
    geometry: { type: "Point", coordinates: [n.coordinates[0], n.coordinates[1]] },
    properties: {
      featureType: "node",
      id: n.id,
      name: n.name,
      names: n.names ?? {},
      label: n.label ?? n.name,
      ...localLabels(n),
      kind: n.kind,
      country: n.country,
      rank: n.rank,
      ...(n.note ? { note: n.note } : {}),
      facts: n.facts,
      history: n.history,
      annotations: annotationsFor("nodes", n.id),
    },
  }));

  const sources: SourceMeta[] = data.sources.map((s) => ({
    ...sourceRef(s),
    dateline: s.dateline,
    republished: s.republished,
    ...(s.dateNote ? { dateNote: s.dateNote } : {}),
  }));

  const overview = data.annotations.filter((a) => a.corridor).map(out);

  return { type: "FeatureCollection", sources, overview, tour: data.tour, features: [...segments, ...nodes] };
}
