// The chosen route as downloads: GeoJSON with one LineString feature per leg (cut to the
// stretches the route walks, as the map haloes them) and the route's summary as a foreign
// member, and its legs as CSV, one row per leg. Both from the same RouteReport the figure and
// the Route region use, so the files say what the screen said. Same bytes for the same route.
//
// Languages: keys and ids stay the same in every language (scripts read them); the names of
// places and segments are in the reader's language (`fromName`, the CSV's `from` …) with the
// English beside them in the GeoJSON (`fromNameEn` …), and the GeoJSON says its language in a
// `lang` member. The CSV's header row and its words (mode, status, yes/no) are in the language;
// its numbers keep the dot decimal and no grouping, so spreadsheets and scripts read them.
import type { Position } from "geojson";
import type { Corridor } from "../../../data/corridor.ts";
import type { PlainKey } from "../../../i18n/catalogue.ts";
import { ENGLISH } from "../../../i18n/english.ts";
import type { I18n } from "../../../i18n/i18nContext.ts";
import { localName } from "../../../i18n/localName.ts";
import { stretchLine } from "../../../route/routeGeometry.ts";
import type { RouteLeg } from "../../../route/routeSummary.ts";
import type { RouteReport } from "../../route/routeReport.ts";
import { csvCell } from "./csv.ts";

/** Names of a leg's places and segment in the language, from the corridor; the leg's English without one. */
function legNames(leg: RouteLeg, corridor: Corridor | null, i18n: I18n) {
  const node = (id: string, english: string) => {
    const n = corridor?.nodeById.get(id);
    return n ? localName(n.properties, i18n.lang) : english;
  };
  const seg = corridor?.segmentById.get(leg.segment);
  return {
    from: node(leg.from, leg.fromName),
    to: node(leg.to, leg.toName),
    segment: seg ? localName(seg.properties, i18n.lang) : leg.name,
  };
}

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

export function routeGeoJson(report: RouteReport, corridor: Corridor, i18n: I18n = ENGLISH): string {
  const r = report.route;
  const out = {
    type: "FeatureCollection",
    lang: i18n.lang,
    features: r.legs.map((leg, i) => {
      const names = legNames(leg, corridor, i18n);
      return {
        type: "Feature",
        geometry: { type: "LineString", coordinates: legLine(corridor, leg) },
        properties: {
          leg: i + 1,
          from: leg.from,
          fromName: names.from,
          fromNameEn: leg.fromName,
          to: leg.to,
          toName: names.to,
          toNameEn: leg.toName,
          segment: leg.segment,
          segmentName: names.segment,
          segmentNameEn: leg.name,
          kind: leg.kind,
          status: leg.status,
          lengthKm: Math.round(leg.km * 10) / 10,
          wholeSegment: leg.whole,
          gaugesMm: leg.gauges,
          transitHours: leg.transit ?? null,
        },
      };
    }),
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

/** The columns by their English (machine) names; the header row says them in the language. */
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

const HEADER_KEYS: Record<(typeof ROUTE_CSV_COLUMNS)[number], PlainKey> = {
  leg: "export.csv.leg",
  from_id: "export.csv.fromId",
  from: "export.csv.from",
  to_id: "export.csv.toId",
  to: "export.csv.to",
  segment_id: "export.csv.segmentId",
  segment: "export.csv.segmentName",
  mode: "export.csv.mode",
  status: "export.csv.status",
  km: "export.csv.km",
  whole_segment: "export.csv.wholeSegment",
  gauge_mm: "export.csv.gauge",
  transit_hours: "export.csv.transitHours",
  transit_approx: "export.csv.transitApprox",
  transit_source: "export.csv.transitSource",
};

/**
 * RFC 4180 like the annotations CSV (src/features/export/formats/csv.ts), one row per leg, in
 * the reader's language; `corridor` gives the places' and segments' names in it.
 */
export function routeLegsCsv(
  report: RouteReport,
  kindLabel: (kind: string) => string,
  i18n: I18n = ENGLISH,
  corridor: Corridor | null = null,
): string {
  const { t } = i18n;
  const yesNo = (b: boolean) => t(b ? "export.csv.yes" : "export.csv.no");
  const rows = report.route.legs.map((leg, i) => {
    const names = legNames(leg, corridor, i18n);
    return [
      String(i + 1),
      leg.from,
      names.from,
      leg.to,
      names.to,
      leg.segment,
      names.segment,
      kindLabel(leg.kind),
      t(`status.${leg.status}`),
      leg.km.toFixed(1),
      yesNo(leg.whole),
      leg.gauges.join(" > "),
      leg.transit ? String(leg.transit.hours) : "",
      leg.transit ? yesNo(leg.transit.approx) : "",
      leg.transit ? (leg.transit.ref.url ?? leg.transit.ref.note ?? "") : "",
    ];
  });
  const header = ROUTE_CSV_COLUMNS.map((c) => t(HEADER_KEYS[c]));
  return [header, ...rows].map((cells) => `${cells.map(csvCell).join(",")}\r\n`).join("");
}
