// "Did you mean …?" for an unknown id in the data: the known ids nearest to it by edit distance,
// so a typo in a segment or place id points at the id that was meant.
import { type CheckParam, didYouMeanText, renderCheck } from "./checkMessages.ts";

/** Levenshtein distance (insert, delete, substitute; each costs 1), two rows at a time. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * The known ids nearest to `id` (at most `max`, ties in code-unit order), if any is near enough
 * to be a likely typo: within a third of the id's length, and at least 2 edits allowed.
 */
export function nearestIds(id: string, known: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(id.length / 3));
  const scored = [...new Set(known)]
    .filter((k) => k !== "" && k !== id)
    .map((k) => ({ k, d: editDistance(id, k) }))
    .filter(({ d }) => d <= limit);
  const best = Math.min(...scored.map(({ d }) => d));
  return scored
    .filter(({ d }) => d === best)
    .map(({ k }) => k)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, max);
}

/** `; did you mean "a", "b" or "c"?` as a text of the check's messages, or "" when nothing is near. */
export function didYouMeanHint(id: string, known: Iterable<string>): CheckParam {
  return didYouMeanText(nearestIds(id, known));
}

/** The same, in English. */
export function didYouMean(id: string, known: Iterable<string>): string {
  const hint = didYouMeanHint(id, known);
  return typeof hint === "string" ? hint : renderCheck(hint);
}
