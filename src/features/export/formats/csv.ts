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
// In the reader's language: the header row, the words (feature type, topic, "year inferred"),
// feature names (localName) and summaries (the English one marked "(in English)" where none is
// written). English keeps the snake_case header it always had. Ids, ISO dates, URLs, quotes and
// the source's outlet and title are never translated: they are what a script joins or cites on,
// and the columns are in the same order in every language.
//
// RFC 4180: CRLF line endings (also after the last row), and fields with a comma, a quote or a
// line break are quoted with quotes doubled. No byte-order mark. Against formula injection in
// spreadsheets, a cell starting with = + - @, a tab or a carriage return gets a leading `'`.
import type { AnnotationOut } from "../../../data/corridorTypes.ts";
import type { ViewData } from "../../../data/viewData.ts";
import type { MessageKey, PlainKey } from "../../../i18n/catalogue.ts";
import { ENGLISH } from "../../../i18n/english.ts";
import type { I18n } from "../../../i18n/i18nContext.ts";
import { localName } from "../../../i18n/localName.ts";
import { localSummary } from "../../../i18n/localSummary.ts";

/** The columns, by their English (machine) names; the header row says them in the language. */
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

const HEADER_KEYS: Record<(typeof CSV_COLUMNS)[number], MessageKey & PlainKey> = {
  feature_type: "export.csv.featureType",
  feature_id: "export.csv.featureId",
  feature_name: "export.csv.featureName",
  annotation_id: "export.csv.annotationId",
  topic: "export.csv.topic",
  summary: "export.csv.summary",
  quote: "export.csv.quote",
  outlet: "export.csv.outlet",
  title: "export.csv.title",
  date: "export.csv.date",
  date_note: "export.csv.dateNote",
  url: "export.csv.url",
};

/** The header row in the reader's language. */
export const csvHeader = (i18n: I18n = ENGLISH): string[] => CSV_COLUMNS.map((c) => i18n.t(HEADER_KEYS[c]));

/** One cell, neutralised against formulas and quoted as RFC 4180 requires. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

type FeatureType = "segment" | "place" | "corridor";

const TYPE_KEYS: Record<FeatureType, PlainKey> = {
  segment: "export.csv.segment",
  place: "export.csv.place",
  corridor: "export.csv.corridor",
};

function rows(
  type: FeatureType,
  id: string,
  name: string,
  annotations: readonly AnnotationOut[],
  i18n: I18n,
): string[][] {
  const { t, lang } = i18n;
  return annotations.flatMap((a) => {
    const s = a.source;
    const quotes = a.quotes.length > 0 ? a.quotes : [""];
    const summary = localSummary(a, lang);
    return quotes.map((quote) => [
      t(TYPE_KEYS[type]),
      id,
      name,
      a.id,
      t(`topic.${a.topic}`),
      summary.fallback ? `${summary.text} ${t("annotation.inEnglish")}` : summary.text,
      quote,
      s.outlet,
      s.title,
      s.date,
      s.dateInferred ? t("export.csv.yearInferred") : "",
      s.url ?? "",
    ]);
  });
}

export function annotationsCsv(view: ViewData, i18n: I18n = ENGLISH): string {
  const { segments, nodes } = view;
  const name = (p: Parameters<typeof localName>[0]) => localName(p, i18n.lang);
  const all = [
    ...segments.flatMap(({ properties: p }) => rows("segment", p.id, name(p), p.annotations, i18n)),
    ...nodes.flatMap(({ properties: p }) => rows("place", p.id, name(p), p.annotations, i18n)),
    ...rows("corridor", "", "", view.overview, i18n),
  ];
  return [csvHeader(i18n), ...all].map(csvRow).join("");
}
