// How a line of a given kind and status is drawn, worked out once for every place that draws one:
// the map's style, the legend's swatches, the PNG and SVG figures and the still overview.
import type { SegmentStatus } from "../data/vocabulary.ts";
import {
  type Dash,
  isDotted,
  kindSpec,
  lineDash,
  REGISTRY,
  type Registry,
  UNBUILT_LINE_OPACITY,
} from "../layers/registry.ts";

/** No dash is drawn shorter than this (px): a dot is a zero-length dash with round caps, and
 * some SVG renderers drop a dash of length 0. */
export const MIN_DASH_PX = 0.1;

/** The selection's casing, drawn under the line: a dark outline and a white gap, px beyond the line's width. */
export const SELECTION_CASING = {
  outer: { color: "#111", extra: 5 },
  inner: { color: "#fff", extra: 2.5 },
} as const;

export interface DrawnLine {
  color: string;
  /** 1 for built lines; lighter for lines not yet built. */
  opacity: number;
  /** The pattern in line widths (MapLibre's `line-dasharray` unit); null = solid. */
  dash: Dash;
  /** Round caps turn the near-zero dashes of a dotted pattern into dots. */
  cap: "round" | "butt";
  /** The registry's width of this kind, before any zoom or figure scale. */
  width: number;
}

export function drawnLine(
  kind: string,
  status: SegmentStatus | "built" | "unbuilt",
  registry: Registry = REGISTRY,
): DrawnLine {
  const built = status === "built" || (status !== "unbuilt" && registry.statuses[status].built);
  const spec = kindSpec(registry, kind);
  const dash = lineDash(kind, built, registry);
  return {
    color: spec.color,
    opacity: built ? 1 : UNBUILT_LINE_OPACITY,
    dash,
    cap: isDotted(dash) ? "round" : "butt",
    width: spec.width,
  };
}

/** The pattern in px for a stroke `widthPx` wide (SVG's stroke-dasharray), or null when solid. */
export function dashPx(line: DrawnLine, widthPx: number): number[] | null {
  return line.dash ? line.dash.map((d) => Math.max(d * widthPx, MIN_DASH_PX)) : null;
}
