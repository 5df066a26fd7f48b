// The index is built the first time search is wanted (focus), not at start-up: the first paint
// carries neither MiniSearch (its own chunk, with searchIndex.ts) nor the cost of indexing, which
// is ~20 ms with the real data and ~250 ms with 100× on this machine. One index per corridor.
import { useEffect, useState } from "react";
import type { Corridor } from "../../data/corridor.ts";
import type { SearchIndex } from "./searchIndex.ts";

const built = new WeakMap<Corridor, Promise<SearchIndex>>();

export function loadSearchIndex(corridor: Corridor): Promise<SearchIndex> {
  let index = built.get(corridor);
  if (!index) {
    index = import("./searchIndex.ts").then((m) => m.buildSearchIndex(corridor));
    built.set(corridor, index);
  }
  return index;
}

/** The corridor's index once `wanted` has been true and it is built; null before. */
export function useSearchIndex(corridor: Corridor, wanted: boolean): SearchIndex | null {
  const [index, setIndex] = useState<{ corridor: Corridor; index: SearchIndex } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    loadSearchIndex(corridor).then((i) => {
      if (live) setIndex({ corridor, index: i });
    });
    return () => {
      live = false;
    };
  }, [corridor, wanted]);
  return index?.corridor === corridor ? index.index : null;
}
