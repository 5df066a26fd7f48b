// When a query is worth searching, told apart from the index so the search box can say "type
// more" without loading the index's chunk.
import { foldText } from "../../data/foldText.ts";

/** Letters or digits (folded) a query needs: one letter matches most of the data. */
export const MIN_QUERY_LENGTH = 2;

export function isSearchable(query: string): boolean {
  return foldText(query).replace(/[^\p{L}\p{N}]/gu, "").length >= MIN_QUERY_LENGTH;
}
