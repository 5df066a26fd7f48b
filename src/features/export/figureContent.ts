// What a figure (and print) shows, gathered from the app's state: the visible segments and the
// sources the view cites (`viewData`, as the data downloads), the title, subtitle and date.
// With an as-of date (the timeline's) the segments are those drawn that day, in their status
// then, and the figure carries "As of <date>" in its title block. All of it in the reader's
// language (`i18n`): the words from the catalogue, names through localName, dates in its
// formats; only the citations keep each source's own outlet and title, verbatim.
import type { Corridor } from "../../data/corridor.ts";
import type { SegmentFeature, SourceMeta } from "../../data/corridorTypes.ts";
import { viewData } from "../../data/viewData.ts";
import type { SegmentKind } from "../../data/vocabulary.ts";
import { ENGLISH } from "../../i18n/english.ts";
import type { I18n } from "../../i18n/i18nContext.ts";
import { localName } from "../../i18n/localName.ts";
import type { LayerGroup } from "../../layers/registry.ts";
import type { Selection } from "../../state/types.ts";
import type { DayDate } from "../../time/dates.ts";
import { segmentOn, type TimeView, timeViewOn } from "../../time/timeView.ts";
import { formatDate, formatSourceDate } from "../../ui/format.ts";
import type { RouteReport } from "../route/routeReport.ts";
import type { FigureRouteTable } from "./figure/routeTableSvg.ts";

export interface FigureContent {
  title: string;
  subtitle: string;
  segments: SegmentFeature[];
  legendKinds: SegmentKind[];
  sources: string[];
  /** The day the figure is made (today), as written in its footer. */
  asOf: string;
  credits: string;
  /** The corridor as of this day; null = today (the data as it is). */
  time: TimeView | null;
  /** The as-of date as the stamp writes it ("14 May 2018", "Jun 2016"); null = today. */
  shownDate: string | null;
  /** The route shown, as the table under the map; null without one. */
  route: FigureRouteTable | null;
  /** The language all the texts above are in (the figure writes its own words in it too). */
  i18n: I18n;
}

/** The figure's table for a route: the compare rows, or the one route's when it is alone. */
export function figureRouteTable(report: RouteReport, i18n: I18n = ENGLISH): FigureRouteTable {
  const { table } = report;
  return {
    headline:
      table.heads.length > 1
        ? i18n.t("export.figure.routes", { count: report.count, compared: table.heads.length })
        : i18n.t("export.figure.route"),
    heads: table.heads,
    rows: table.rows,
    chosenColumn: table.chosenColumn,
  };
}

/** One line per source in the reader's language: outlet, title (verbatim), date, address. */
export const citationLineIn =
  (i18n: I18n) =>
  (s: SourceMeta): string => {
    const title = i18n.t(s.titleKind === "lede" ? "export.cite.lede" : "export.cite.title", {
      title: s.title,
    });
    return [s.outlet, title, formatSourceDate(s, i18n.formats), s.url].filter(Boolean).join(", ");
  };

/** One line per source, in English. */
export const citationLine = citationLineIn(ENGLISH);

export function figureContent(
  corridor: Corridor,
  groups: readonly LayerGroup[],
  selection: Selection,
  today: Date,
  /** The store's as-of date; null = today. */
  asOfDate: DayDate | null = null,
  /** The route the map shows, if any. */
  route: RouteReport | null = null,
  /** The reader's language; English unless given. */
  i18n: I18n = ENGLISH,
): FigureContent {
  const { t, formats, lang } = i18n;
  const view = viewData(corridor, groups);
  const time = asOfDate ? timeViewOn(corridor, asOfDate.day) : null;
  const segments = view.segments.flatMap((s) => segmentOn(time, s) ?? []);
  const feature =
    selection.type === "segment"
      ? corridor.segmentById.get(selection.id)
      : selection.type === "node"
        ? corridor.nodeById.get(selection.id)
        : undefined;
  const selected = feature ? localName(feature.properties, lang) : undefined;
  return {
    title: t("export.figure.title"),
    subtitle:
      [selected ? t("export.figure.highlighted", { name: selected }) : null, route ? route.headline : null]
        .filter(Boolean)
        .join(" · ") || t("export.figure.subtitle"),
    segments,
    legendKinds: [...new Set(segments.map((s) => s.properties.kind))],
    sources: view.sources.map(citationLineIn(i18n)),
    asOf: formatDate(today.toISOString().slice(0, 10), "day", formats),
    credits: t("export.figure.credits"),
    time,
    shownDate: asOfDate ? formatDate(asOfDate.iso, asOfDate.precision, formats) : null,
    route: route ? figureRouteTable(route, i18n) : null,
    i18n,
  };
}
