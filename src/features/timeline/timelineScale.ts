// Where a day sits on the timeline's track, and the year marks along it. Pure.
import type { TimeSpan } from "../../time/corridorTime.ts";

/** The share of the track (0..1) at `day`, clamped. */
export function fractionOf(span: TimeSpan, day: number): number {
  const f = (day - span.start) / Math.max(1, span.end - span.start);
  return Math.min(1, Math.max(0, f));
}

/** The day at a share of the track, clamped to the span. */
export function dayAt(span: TimeSpan, fraction: number): number {
  const f = Math.min(1, Math.max(0, fraction));
  return Math.round(span.start + f * (span.end - span.start));
}

/** The years labelled under the track: every year where there is room, else every 2, 5 or 10. */
export function yearLabels(span: TimeSpan, trackPx: number, minGapPx = 44): number[] {
  const years = span.lastYear - span.firstYear + 1;
  const perYear = trackPx / Math.max(1, years);
  const every = [1, 2, 5, 10, 20].find((n) => perYear * n >= minGapPx) ?? 50;
  const out: number[] = [];
  for (let y = Math.ceil(span.firstYear / every) * every; y <= span.lastYear; y += every) out.push(y);
  return out;
}

/** The ticks of one colour and shape, as one SVG path in track px. */
export interface TickPath {
  type: "event" | "target";
  color: string;
  d: string;
}

/**
 * Every event's tick and every target's diamond as a few SVG paths, one per colour and shape,
 * each position drawn once: thousands of events (the 100× bench data) cost a handful of
 * elements, and ticks closer than half a pixel could not be told apart anyway.
 */
export function tickPaths(
  marks: readonly { type: "event" | "target"; day: number; color: string }[],
  span: TimeSpan,
  widthPx: number,
): TickPath[] {
  const groups = new Map<string, { type: "event" | "target"; color: string; xs: Set<number> }>();
  for (const m of marks) {
    const key = `${m.type}|${m.color}`;
    let g = groups.get(key);
    if (!g) {
      g = { type: m.type, color: m.color, xs: new Set() };
      groups.set(key, g);
    }
    g.xs.add(Math.round(fractionOf(span, m.day) * widthPx * 2) / 2);
  }
  return [...groups.values()].map(({ type, color, xs }) => ({
    type,
    color,
    d: [...xs]
      .sort((a, b) => a - b)
      .map((x) => (type === "event" ? `M${x} 11v21` : `M${x} 14.5l5 5-5 5-5-5z`))
      .join(""),
  }));
}
