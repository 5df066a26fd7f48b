// What a figure (and print) shows, gathered from the app's state: the visible segments and the
// sources the view cites (`viewData`, as the data downloads), the title, subtitle and date.
// With an as-of date (the timeline's) the segments are those drawn that day, in their status
// then, and the figure carries "As of <date>" in its title block.
import type { Corridor } from "../../data/corridor.ts";
import type { SegmentFeature, SourceMeta } from "../../data/corridorTypes.ts";
import { viewData } from "../../data/viewData.ts";
import type { SegmentKind } from "../../data/vocabulary.ts";
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
}

/** The figure's table for a route: the compare rows, or the one route's when it is alone. */
export function figureRouteTable(report: RouteReport): FigureRouteTable {
  const { table } = report;
  return {
    headline:
      table.heads.length > 1
        ? `${report.count} routes, ${table.heads.length} compared (the shaded one is drawn strong on the map)`
        : "The route",
    heads: table.heads,
    rows: table.rows,
    chosenColumn: table.chosenColumn,
  };
}

export const FIGURE_CREDITS = "Basemap: Natural Earth (public domain). Rendering: MapLibre GL JS.";

/** One line per source: outlet, title, date (with its certainty), address. */
export function citationLine(s: SourceMeta): string {
  const title = s.titleKind === "lede" ? `“${s.title}…” (lede; no headline known)` : `“${s.title}”`;
  return [s.outlet, title, formatSourceDate(s), s.url].filter(Boolean).join(", ");
}

export function figureContent(
  corridor: Corridor,
  groups: readonly LayerGroup[],
  selection: Selection,
  today: Date,
  /** The store's as-of date; null = today. */
  asOfDate: DayDate | null = null,
  /** The route the map shows, if any. */
  route: RouteReport | null = null,
): FigureContent {
  const view = viewData(corridor, groups);
  const time = asOfDate ? timeViewOn(corridor, asOfDate.day) : null;
  const segments = view.segments.flatMap((s) => segmentOn(time, s) ?? []);
  const selected =
    selection.type === "segment"
      ? corridor.segmentById.get(selection.id)?.properties.name
      : selection.type === "node"
        ? corridor.nodeById.get(selection.id)?.properties.name
        : undefined;
  return {
    title: "The Middle Corridor: China to Europe",
    subtitle:
      [selected ? `Highlighted: ${selected}` : null, route ? route.headline : null]
        .filter(Boolean)
        .join(" · ") ||
      "Rail, sea, cable and pipeline links of the Trans-Caspian International Transport Route",
    segments,
    legendKinds: [...new Set(segments.map((s) => s.properties.kind))],
    sources: view.sources.map(citationLine),
    asOf: formatDate(today.toISOString().slice(0, 10), "day"),
    credits: FIGURE_CREDITS,
    time,
    shownDate: asOfDate ? formatDate(asOfDate.iso, asOfDate.precision) : null,
    route: route ? figureRouteTable(route) : null,
  };
}
