// Text helpers for the SVG figure: wrapping and fitting (escaping is `../xmlText.ts`, shared
// with the KML writer).

/** Splits text into lines of at most `maxChars` characters, at spaces where possible. */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = "";
    }
    line = line ? `${line} ${word}` : word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Characters that fit in `px` at font size `size` (Noto Sans averages about 0.53 em). */
export const charsFor = (px: number, size: number) => Math.max(8, Math.floor(px / (size * 0.53)));
