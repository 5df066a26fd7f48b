// "Download the visible data" as a spreadsheet of the annotations: one row per quote, so an
// analyst can sort, filter and count what the sources say about each segment and place.
//
// Rows: the visible segments in corridor order, then the places (all are exported) in data
// order, then the overview's annotations about the corridor as a whole. `feature_type` says
// which (segment | place | corridor); corridor rows have an empty `feature_id` and
// `feature_name`. An annotation without quotes still gets one row, with an empty `quote`.
// `date` is the source's ISO date as precise as known (YYYY-MM-DD, YYYY-MM or YYYY);
// `date_note` is "year inferred" when the date was not printed in the article.
//
// RFC 4180: CRLF line endings (also after the last row), and fields with a comma, a quote or a
// line break are quoted with quotes doubled. No byte-order mark. Against formula injection in
// spreadsheets, a cell starting with = + - @, a tab or a carriage return gets a leading `'`.
import type { AnnotationOut } from "../../../data/corridorTypes.ts";
import type { ViewData } from "../../../data/viewData.ts";

export const CSV_COLUMNS = [
  "feature_type",
  "feature_id",
  "feature_name",
  "annotation_id",
  "topic",
  "summary",
  "quote",
  "outlet",
  "title",
  "date",
  "date_note",
  "url",
] as const;

/** One cell, neutralised against formulas and quoted as RFC 4180 requires. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

type FeatureType = "segment" | "place" | "corridor";

function rows(
  type: FeatureType,
  id: string,
  name: string,
  annotations: readonly AnnotationOut[],
): string[][] {
  return annotations.flatMap((a) => {
    const s = a.source;
    const quotes = a.quotes.length > 0 ? a.quotes : [""];
    return quotes.map((quote) => [
      type,
      id,
      name,
      a.id,
      a.topic,
      a.summary,
      quote,
      s.outlet,
      s.title,
      s.date,
      s.dateInferred ? "year inferred" : "",
      s.url ?? "",
    ]);
  });
}

export function annotationsCsv(view: ViewData): string {
  const { segments, nodes } = view;
  const all = [
    ...segments.flatMap(({ properties: p }) => rows("segment", p.id, p.name, p.annotations)),
    ...nodes.flatMap(({ properties: p }) => rows("place", p.id, p.name, p.annotations)),
    ...rows("corridor", "", "", view.overview),
  ];
  return [CSV_COLUMNS, ...all].map(csvRow).join("");
}
