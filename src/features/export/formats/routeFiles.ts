// The chosen route as downloads: GeoJSON with one LineString feature per leg (cut to the
// stretches the route walks, as the map haloes them) and the route's summary as a foreign
// member, and its legs as CSV, one row per leg. Both from the same RouteReport the figure and
// the Route region use, so the files say what the screen said. Same bytes for the same route.
import type { Position } from "geojson";
import type { Corridor } from "../../../data/corridor.ts";
import { stretchLine } from "../../../route/routeGeometry.ts";
import type { RouteLeg } from "../../../route/routeSummary.ts";
import type { RouteReport } from "../../route/routeReport.ts";
import { csvCell } from "./csv.ts";

/** A leg's line: its stretches joined, the shared point between two stretches kept once. */
function legLine(corridor: Corridor, leg: RouteLeg): Position[] {
  const line: Position[] = [];
  for (const hop of leg.hops) {
    const part = stretchLine(corridor, hop.edge) ?? [];
    // A stretch walked against the line's direction is reversed, so the leg runs From → To.
    const forward = hop.forward ? part : [...part].reverse();
    line.push(...(line.length > 0 ? forward.slice(1) : forward));
  }
  return line;
}

export function routeGeoJson(report: RouteReport, corridor: Corridor): string {
  const r = report.route;
  const out = {
    type: "FeatureCollection",
    features: r.legs.map((leg, i) => ({
      type: "Feature",
      geometry: { type: "LineString", coordinates: legLine(corridor, leg) },
      properties: {
        leg: i + 1,
        from: leg.from,
        fromName: leg.fromName,
        to: leg.to,
        toName: leg.toName,
        segment: leg.segment,
        segmentName: leg.name,
        kind: leg.kind,
        status: leg.status,
        lengthKm: Math.round(leg.km * 10) / 10,
        wholeSegment: leg.whole,
        gaugesMm: leg.gauges,
        transitHours: leg.transit ?? null,
      },
    })),
    route: {
      title: report.title,
      variant: report.chosen + 1,
      variants: report.count,
      name: report.name,
      places: r.places,
      lengthKm: Math.round(r.km * 10) / 10,
      kmByKind: r.kmByKind.map((k) => ({ kind: k.kind, km: Math.round(k.km * 10) / 10 })),
      borders: r.borders.map((b) => b.label),
      gaugeChanges: r.gaugeChanges.map((g) => g.label),
      seaCrossings: r.seaCrossings.map((i) => i + 1),
      annotations: r.annotations.count,
      transitTotalHours: r.transit.total,
    },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export const ROUTE_CSV_COLUMNS = [
  "leg",
  "from_id",
  "from",
  "to_id",
  "to",
  "segment_id",
  "segment",
  "mode",
  "status",
  "km",
  "whole_segment",
  "gauge_mm",
  "transit_hours",
  "transit_approx",
  "transit_source",
] as const;

/** RFC 4180 like the annotations CSV (src/features/export/formats/csv.ts), one row per leg. */
export function routeLegsCsv(report: RouteReport, kindLabel: (kind: string) => string): string {
  const rows = report.route.legs.map((leg, i) => [
    String(i + 1),
    leg.from,
    leg.fromName,
    leg.to,
    leg.toName,
    leg.segment,
    leg.name,
    kindLabel(leg.kind),
    leg.status,
    leg.km.toFixed(1),
    leg.whole ? "yes" : "no",
    leg.gauges.join(" > "),
    leg.transit ? String(leg.transit.hours) : "",
    leg.transit ? (leg.transit.approx ? "yes" : "no") : "",
    leg.transit ? (leg.transit.ref.url ?? leg.transit.ref.note ?? "") : "",
  ]);
  return [ROUTE_CSV_COLUMNS, ...rows].map((cells) => `${cells.map(csvCell).join(",")}\r\n`).join("");
}
