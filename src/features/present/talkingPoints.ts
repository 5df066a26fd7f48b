// The one to three talking points a step shows: our summary, a short quote and its source.
import type { Corridor } from "../../data/corridor.ts";
import type { AnnotationOut } from "../../data/corridorTypes.ts";
import type { TourStep } from "../../data/schema.ts";

export const MAX_POINTS = 3;
const QUOTE_CHARS = 90;

/** A summary's first sentence: a point a room can read at a glance. */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])\s+(?=[A-Z“"(])/.exec(text.trim());
  return m?.[1] ?? text.trim();
}

export function shortQuote(quote: string): string {
  const q = quote.replace(/\s+/g, " ").trim();
  if (q.length <= QUOTE_CHARS) return q;
  return `${q.slice(0, q.lastIndexOf(" ", QUOTE_CHARS)).replace(/[,;:]$/, "")}…`;
}

export function stepAnnotations(corridor: Corridor, step: TourStep): AnnotationOut[] {
  const t = step.target;
  const list =
    t.type === "overview"
      ? corridor.collection.overview
      : t.type === "segment"
        ? (corridor.segmentById.get(t.id)?.properties.annotations ?? [])
        : (corridor.nodeById.get(t.id)?.properties.annotations ?? []);
  // One point per source first, so the screen shows the breadth of what is said.
  const bySource = [...new Map(list.map((a) => [a.source.id, a])).values()];
  const rest = list.filter((a) => !bySource.includes(a));
  return [...bySource, ...rest].slice(0, MAX_POINTS);
}
