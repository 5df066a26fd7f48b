// The one to three talking points a step shows: our summary, a short quote and its source.
import type { Corridor } from "../../data/corridor.ts";
import type { AnnotationOut } from "../../data/corridorTypes.ts";
import type { TourStep } from "../../data/schema.ts";

export const MAX_POINTS = 3;
/** Caps that let three points fit the caption band's two columns at any 16:9 size. */
const POINT_CHARS = 95;
const QUOTE_CHARS = 56;

/** Cut at a word before `max` characters, with an ellipsis; shorter text is left whole. */
function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  // Text without spaces (Chinese) is cut at the character.
  const space = t.lastIndexOf(" ", max - 1);
  return `${t.slice(0, space > 0 ? space : max - 1).replace(/[,;:，；：]$/, "")}…`;
}

/**
 * A summary's first sentence: a point a room can read at a glance. A sentence ends at . ! ? before
 * a capital in any script (Latin, Cyrillic) or at a Chinese full stop.
 */
export function firstSentence(text: string): string {
  const m = /^(.+?(?:[.!?](?=\s+[\p{Lu}“"«(])|[。！？]))/u.exec(text.trim());
  return clip(m?.[1] ?? text.trim(), POINT_CHARS);
}

/** A line of a point that is not a summary (a route's borders): cut like a point. */
export function clipPoint(text: string): string {
  return clip(text, POINT_CHARS);
}

export function shortQuote(quote: string): string {
  return clip(quote, QUOTE_CHARS);
}

export function stepAnnotations(corridor: Corridor, step: TourStep): AnnotationOut[] {
  const t = step.target;
  // A route step's caption is the route's summary (PresentRoute), a changes step's the changes.
  if (t.type === "changes" || t.type === "route") return [];
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
