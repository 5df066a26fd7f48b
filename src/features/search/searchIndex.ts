// The search index (MiniSearch) over the corridor's documents, and a query's results grouped by
// kind. Pure: no React. Terms are folded (src/data/foldText.ts) on both sides, so accents and
// letters such as ə or ı never decide a match; typos are forgiven by edit distance, and the last
// word typed matches as a prefix, so results follow the typing.
import MiniSearch, { type SearchResult } from "minisearch";
import type { Corridor } from "../../data/corridor.ts";
import { foldText } from "../../data/foldText.ts";
import { isSearchable } from "./query.ts";
import { SEARCH_KINDS, type SearchDoc, type SearchKind, searchDocs } from "./searchDocs.ts";

/** Words that would make an all-words query fail on names ("the port") and match every text. */
const STOP_WORDS = new Set(
  "a an and are as at be by for from in is it its of on or the to was with".split(" "),
);

/** How many results each kind shows: annotations take room (a snippet each), so fewer of them. */
export const PER_KIND: Readonly<Record<SearchKind, number>> = {
  place: 6,
  segment: 6,
  annotation: 4,
  source: 3,
};

export interface SearchHit {
  doc: SearchDoc;
  score: number;
  /** The documents' own words that matched (folded), to mark them in the text shown. */
  terms: readonly string[];
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
  /** Matches of this kind in all, of which `hits` are the best. */
  total: number;
}

export interface SearchIndex {
  /** `limit`: the number of results per kind, instead of PER_KIND's. */
  search(query: string, limit?: number): SearchGroup[];
  readonly size: number;
}

export function processTerm(term: string): string | null {
  const folded = foldText(term);
  return folded.length > 0 && !STOP_WORDS.has(folded) ? folded : null;
}

/** Edits forgiven per word: none for short words (too many near misses), then one, then two. */
export function fuzziness(term: string): number {
  return term.length <= 3 ? 0 : term.length <= 6 ? 1 : 2;
}

/** Titles that start with what was typed, then titles that contain it, rank first within a kind. */
function titleBonus(foldedTitles: readonly string[], foldedQuery: string): number {
  if (foldedTitles.some((t) => t.startsWith(foldedQuery))) return 3;
  return foldedTitles.some((t) => t.includes(foldedQuery)) ? 1.5 : 1;
}

/** A result's titles in every language (a place's or segment's names), folded once. */
function foldedTitlesOf(doc: SearchDoc): string[] {
  const { about } = doc;
  const entry = about.type === "place" || about.type === "segment" ? about.names : null;
  const titles = entry ? [entry.name, ...Object.values(entry.names ?? {})] : [doc.title];
  return titles.map(foldText);
}

export function buildSearchIndex(corridor: Corridor): SearchIndex {
  const docs = searchDocs(corridor);
  const byKey = new Map(docs.map((d) => [d.key, d]));
  const foldedTitles = new Map(docs.map((d) => [d.key, foldedTitlesOf(d)]));
  const mini = new MiniSearch<SearchDoc>({
    idField: "key",
    fields: ["names", "context", "text"],
    storeFields: [],
    processTerm,
    searchOptions: {
      boost: { names: 4, context: 1.5, text: 1 },
      fuzzy: fuzziness,
      prefix: (_term, i, terms) => i === terms.length - 1,
      // A prefix or a typo counts for less than the word itself.
      weights: { fuzzy: 0.4, prefix: 0.6 },
    },
  });
  mini.addAll(docs);

  return {
    size: docs.length,
    search(query, limit) {
      if (!isSearchable(query)) return [];
      const foldedQuery = foldText(query).trim().replace(/\s+/g, " ");
      // Every word must match; when that finds nothing, any word will do.
      let found: SearchResult[] = mini.search(query, { combineWith: "AND" });
      if (found.length === 0) found = mini.search(query, { combineWith: "OR" });
      const groups = new Map<SearchKind, SearchHit[]>(SEARCH_KINDS.map((k) => [k, []]));
      for (const r of found) {
        const doc = byKey.get(r.id as string);
        if (!doc) continue;
        const score = r.score * titleBonus(foldedTitles.get(doc.key) ?? [], foldedQuery);
        groups.get(doc.kind)?.push({ doc, score, terms: r.terms });
      }
      return SEARCH_KINDS.flatMap((kind) => {
        const hits = groups.get(kind) ?? [];
        if (hits.length === 0) return [];
        hits.sort((a, b) => b.score - a.score || a.doc.title.localeCompare(b.doc.title));
        return [{ kind, hits: hits.slice(0, limit ?? PER_KIND[kind]), total: hits.length }];
      });
    },
  };
}
