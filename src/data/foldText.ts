// Text folded for comparison: lower case, accents dropped, and the letters that Unicode does not
// decompose into a base letter plus an accent mapped by hand (ə → e, ı → i, ß → ss), so that a
// name typed on an English keyboard ("Kesik", "Halkali", "Constanta") meets the data's spelling
// (Kəsik, Halkalı, Constanța). Shared by the search index and the editor's id proposals.

/** Letters that have no decomposition into a–z plus accents. */
const LETTERS: Record<string, string> = { ə: "e", ı: "i", ß: "ss", ø: "o", æ: "ae", đ: "d", ł: "l", þ: "th" };
const UNDECOMPOSED = /[əıßøæđłþ]/g;

/** Lower case, accents dropped (Ş → s, ț → t, ı → i, ə → e); letters of other scripts are kept. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(UNDECOMPOSED, (c) => LETTERS[c] ?? "");
}

/**
 * The folded text with, for each of its UTF-16 units, the index in `text` of the character it
 * came from, so a match found in the folded text can be marked in the original.
 */
export function foldWithMap(text: string): { folded: string; from: number[] } {
  let folded = "";
  const from: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldText(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) from.push(i);
    i += ch.length;
  }
  return { folded, from };
}
