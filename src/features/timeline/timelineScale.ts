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

/** 1 January of a year, as a day. */
export const dayOfYearStart = (year: number): number => Date.UTC(year, 0, 1) / 86_400_000;
