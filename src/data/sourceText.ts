// How an article's text is compared and shown: quotes match whitespace-insensitively, and the
// publisher's promotional lines (named in the source's metadata) are never shown.

export function normalizeWhitespace(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

export function articleText(raw: string, omitLines: readonly string[]): string {
  const omit = new Set(omitLines.map(normalizeWhitespace));
  return raw
    .split(/\r?\n/)
    .filter((line) => !omit.has(normalizeWhitespace(line)))
    .join("\n")
    .trim();
}
