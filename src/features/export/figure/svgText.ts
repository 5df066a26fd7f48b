// Text helpers for the SVG figure: measuring, wrapping and fitting (escaping is `../xmlText.ts`,
// shared with the KML writer). The figure is laid out before any font is drawn (and in tests
// without one), so widths are estimated from Noto Sans's advance widths by kind of letter:
// Cyrillic lowercase is wider than Latin, capitals wider still, and a Chinese character is a
// full em, so a Russian or Kazakh line is given the room it takes and Chinese wraps at all.

/** Chinese, Japanese and Korean characters and full-width forms: one em each, no spaces between words. */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

/** About how wide one character is in Noto Sans, in em. */
function charEm(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (ch === " " || ch === "\u00a0") return 0.26;
  if (/[.,:;'’!|ıil]/u.test(ch)) return 0.28;
  if (/[0-9]/u.test(ch)) return 0.57;
  if (/[мшщжыюфМШЩЖЫЮФmwMW]/u.test(ch)) return 0.85;
  if (/\p{Lu}/u.test(ch)) return 0.66;
  if (/[\u0400-\u04ff]/u.test(ch)) return 0.58;
  return 0.54;
}

/** Noto Sans SemiBold (the figure's 600) runs about 7 % wider than Regular. */
const SEMIBOLD = 1.07;

/** The estimated width of `text` at font size `size` (a little generous, never short). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * size * (bold ? SEMIBOLD : 1);
}

/** Splits a word too long for a line into pieces that fit (Chinese has no spaces to break at). */
function pieces(word: string, width: number, size: number, bold: boolean): string[] {
  if (textWidth(word, size, bold) <= width) return [word];
  const out: string[] = [];
  let piece = "";
  for (const ch of word) {
    if (piece && textWidth(piece + ch, size, bold) > width) {
      out.push(piece);
      piece = "";
    }
    piece += ch;
  }
  if (piece) out.push(piece);
  return out;
}

/** Splits text into lines at most `width` wide at font size `size`, at spaces where possible. */
export function wrapTo(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (const piece of pieces(word, width, size, bold)) {
      const next = line ? `${line} ${piece}` : piece;
      if (line && textWidth(next, size, bold) > width) {
        lines.push(line);
        line = piece;
      } else line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Text cut to `width` at `size`, with an ellipsis when cut. */
export function fitTo(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  let out = "";
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, size, bold) > width) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}
