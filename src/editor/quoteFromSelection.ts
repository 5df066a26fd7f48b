// A quote taken from the article text for a selection, so it is verbatim by construction.
//
// The data check (checks/crossChecks.ts, checkAnnotation) compares a quote with the article as
// shown (the text without its omitted lines) after normalizeWhitespace on both: every run of
// whitespace, line breaks included, counts as one space; nothing else is folded (curly and
// straight quotes differ, so do dashes and letter case). A trimmed slice of that same text
// therefore always passes: its inner whitespace runs collapse exactly as the text's do. The
// quote keeps the text's own characters, inner line breaks and curly quotes included.

/** Moves an offset off the second half of a surrogate pair (a selection never splits a character). */
function atCharBoundary(text: string, offset: number, forward: boolean): number {
  const code = text.charCodeAt(offset);
  const inPair = offset > 0 && offset < text.length && code >= 0xdc00 && code <= 0xdfff;
  return inPair ? offset + (forward ? 1 : -1) : offset;
}

/**
 * The quote for the selection [start, end) of `text` (the article as the editor shows it), in
 * either order, clamped to the text and trimmed; null when the selection holds only whitespace.
 */
export function quoteFromSelection(text: string, start: number, end: number): string | null {
  const clamp = (n: number) => Math.min(Math.max(Number.isFinite(n) ? Math.trunc(n) : 0, 0), text.length);
  const from = atCharBoundary(text, clamp(Math.min(start, end)), false);
  const to = atCharBoundary(text, clamp(Math.max(start, end)), true);
  const quote = text.slice(from, to).trim();
  return quote.length > 0 ? quote : null;
}
