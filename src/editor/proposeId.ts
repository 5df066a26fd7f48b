// Ids for new sources, in the shape the existing ones have: outlet, date, a few words of the
// subject, kebab-case (trend-2024-01-31-jabbarov-bayel-joint-projects).
import { foldText } from "../data/foldText.ts";

/** Small words that say nothing about the subject. */
const STOP_WORDS = new Set(
  "a an and are as at be by for from has have in into is it its of on or over says said the their to was were will with".split(
    " ",
  ),
);

/** Words of a text as lower-case ASCII: accents dropped (Ş → s, ı → i, ə → e), anything else splits words. */
export function slugWords(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * Proposes an id: the outlet's first word, the date as written (YYYY-MM-DD, YYYY-MM or YYYY),
 * then up to four words of the title that are not small words. Parts that are empty (a title in
 * a script without Latin letters) are left out; an all-empty proposal is "source".
 */
export function proposeId(outlet: string, date: string, title: string): string {
  const outletWord = slugWords(outlet)[0];
  const dateParts = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date.trim()) ? [date.trim()] : [];
  const subject = slugWords(title)
    .filter((w) => !STOP_WORDS.has(w))
    .slice(0, 4);
  const parts = [outletWord, ...dateParts, ...subject].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join("-") : "source";
}

/** `id` itself when free, else the first of id-2, id-3, … that is not taken. */
export function uniqueId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) {
    const candidate = `${id}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
