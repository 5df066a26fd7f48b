// Where the matched words are in a text as shown (accents and all), and the passage of an
// annotation to show under its result: the first that matches, cut at words around the match.
import { foldWithMap } from "../../data/foldText.ts";

/** [start, end) in the original text. */
export type Range = readonly [number, number];

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Every place a matched word (folded, as the index holds it) starts a word of `text`, merged. */
export function markRanges(text: string, terms: readonly string[]): Range[] {
  if (terms.length === 0 || text.length === 0) return [];
  const { folded, from } = foldWithMap(text);
  const end = (i: number) => {
    const start = from[i] ?? text.length;
    const cp = text.codePointAt(start) ?? 0;
    return start + (cp > 0xffff ? 2 : 1);
  };
  const found: [number, number][] = [];
  for (const term of terms) {
    if (term.length === 0) continue;
    for (let i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + 1)) {
      if (i > 0 && WORD_CHAR.test(folded[i - 1] ?? "")) continue;
      found.push([from[i] ?? 0, end(i + term.length - 1)]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of found) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

export interface Snippet {
  text: string;
  ranges: Range[];
}

/** About this many characters of a passage are shown. */
export const SNIPPET_LENGTH = 140;
/** Context kept before the first match. */
const LEAD = 40;

/**
 * The first passage in which a matched word occurs (else the first passage), cut to about
 * `length` characters at word boundaries around the first match, with "…" where it was cut.
 */
export function snippet(
  passages: readonly string[],
  terms: readonly string[],
  length = SNIPPET_LENGTH,
): Snippet {
  const candidates = passages.map((p) => ({ text: p.replace(/\s+/g, " ").trim() }));
  const withRanges = candidates.map((c) => ({ ...c, ranges: markRanges(c.text, terms) }));
  const best = withRanges.find((c) => c.ranges.length > 0) ?? withRanges[0];
  if (!best) return { text: "", ranges: [] };
  const { text, ranges } = best;
  if (text.length <= length) return { text, ranges };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - LEAD);
  // Start and end on a space, so no word is cut in two.
  if (start > 0) start = text.lastIndexOf(" ", start) + 1;
  let stop = Math.min(text.length, start + length);
  if (stop < text.length) {
    const space = text.lastIndexOf(" ", stop);
    if (space > start) stop = space;
  }
  const prefix = start > 0 ? "…" : "";
  const suffix = stop < text.length ? "…" : "";
  const shift = start - prefix.length;
  return {
    text: `${prefix}${text.slice(start, stop)}${suffix}`,
    ranges: ranges
      .filter(([a, b]) => a >= start && b <= stop)
      .map(([a, b]) => [a - shift, b - shift] as const),
  };
}
