// What a figure (and print) shows, gathered from the app's state: the visible segments and the
// sources the view cites (`viewData`, as the data downloads), the title, subtitle and date.
import type { Corridor } from "../../data/corridor.ts";
import type { SegmentFeature, SourceMeta } from "../../data/corridorTypes.ts";
import { viewData } from "../../data/viewData.ts";
import type { SegmentKind } from "../../data/vocabulary.ts";
import type { LayerGroup } from "../../layers/registry.ts";
import type { Selection } from "../../state/types.ts";
import { formatDate, formatSourceDate } from "../../ui/format.ts";

export interface FigureContent {
  title: string;
  subtitle: string;
  segments: SegmentFeature[];
  legendKinds: SegmentKind[];
  sources: string[];
  asOf: string;
  credits: string;
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
): FigureContent {
  const { segments, sources } = viewData(corridor, groups);
  const selected =
    selection.type === "segment"
      ? corridor.segmentById.get(selection.id)?.properties.name
      : selection.type === "node"
        ? corridor.nodeById.get(selection.id)?.properties.name
        : undefined;
  return {
    title: "The Middle Corridor: China to Europe",
    subtitle: selected
      ? `Highlighted: ${selected}`
      : "Rail, sea, cable and pipeline links of the Trans-Caspian International Transport Route",
    segments,
    legendKinds: [...new Set(segments.map((s) => s.properties.kind))],
    sources: sources.map(citationLine),
    asOf: formatDate(today.toISOString().slice(0, 10), "day"),
    credits: FIGURE_CREDITS,
  };
}
