// Finds where each quote sits in an article and cuts the text into pieces, each knowing which
// annotations' quotes cover it. Quotes match as the data check matches them: whitespace aside.

export interface QuoteRef {
  annotationId: string;
  quote: string;
}

export interface Piece {
  /** Offset of the piece in the article text: a stable key. */
  start: number;
  text: string;
  /** Annotations whose quote covers this piece; empty for plain text. */
  annotationIds: string[];
}

interface Range {
  start: number;
  end: number;
  annotationId: string;
}

/** The text with whitespace runs collapsed, and for each of its characters the original index. */
function normalizeWithMap(text: string): { norm: string; map: number[] } {
  let norm = "";
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (/\s/.test(ch)) {
      if (!inSpace && norm.length > 0) {
        norm += " ";
        map.push(i);
      }
      inSpace = true;
    } else {
      norm += ch;
      map.push(i);
      inSpace = false;
    }
  }
  return { norm, map };
}

export function findQuoteRanges(text: string, quotes: readonly QuoteRef[]): Range[] {
  const { norm, map } = normalizeWithMap(text);
  const ranges: Range[] = [];
  for (const { annotationId, quote } of quotes) {
    const q = quote.replace(/\s+/g, " ").trim();
    if (!q) continue;
    let from = norm.indexOf(q);
    while (from !== -1) {
      const start = map[from] ?? 0;
      const end = (map[from + q.length - 1] ?? start) + 1;
      ranges.push({ start, end, annotationId });
      from = norm.indexOf(q, from + q.length);
    }
  }
  return ranges;
}

/** Cuts `text` at every quote boundary. Pieces are in text order and cover it exactly. */
export function highlightPieces(text: string, quotes: readonly QuoteRef[]): Piece[] {
  const ranges = findQuoteRanges(text, quotes);
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    const ids = [
      ...new Set(ranges.filter((r) => r.start <= start && r.end >= end).map((r) => r.annotationId)),
    ];
    pieces.push({ start, text: text.slice(start, end), annotationIds: ids });
  }
  return pieces;
}

/** Splits pieces at blank lines so each paragraph renders as its own <p>. */
export function paragraphs(pieces: readonly Piece[]): Piece[][] {
  const out: Piece[][] = [[]];
  for (const p of pieces) {
    const breaks = /\n\s*\n/g;
    let from = 0;
    for (let m = breaks.exec(p.text); ; m = breaks.exec(p.text)) {
      const end = m ? m.index : p.text.length;
      const part = p.text.slice(from, end);
      if (part) out.at(-1)?.push({ start: p.start + from, text: part, annotationIds: p.annotationIds });
      if (!m) break;
      out.push([]);
      from = m.index + m[0].length;
    }
  }
  return out.filter((para) => para.some((p) => p.text.trim()));
}
