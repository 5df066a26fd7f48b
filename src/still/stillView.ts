// What the still embed shows, read from the URL hash as the interactive embed reads it (the
// same pure parseHash): the view, the selection (ids the data lacks dropped), the layer groups
// and the as-of date. A malformed hash gives the default picture, the whole corridor today.
import type { Corridor } from "../data/corridor.ts";
import { defaultVisibleGroups } from "../layers/registry.ts";
import { knownRouteQuery } from "../route/routeQuery.ts";
import { NO_SELECTION, type Selection } from "../state/types.ts";
import { parseHash } from "../url/hashState.ts";
import type { StillView } from "./StillMap.tsx";

function known(corridor: Corridor, s: Selection): Selection {
  if (s.type === "segment") return corridor.segmentById.has(s.id) ? s : NO_SELECTION;
  if (s.type === "node") return corridor.nodeById.has(s.id) ? s : NO_SELECTION;
  return s;
}

export function stillViewOf(corridor: Corridor, hash: string): StillView {
  const state = parseHash(hash);
  const selection = known(corridor, state.selection);
  return {
    camera: state.view
      ? { type: "view", view: state.view, seq: 0 }
      : { type: "fit-selection", selection, seq: 0 },
    selection,
    groups: state.layers ?? defaultVisibleGroups(),
    asOf: state.date ?? null,
    since: state.since ?? null,
    // A route over places the data lacks is dropped, as the app drops it.
    route: (() => {
      const query = knownRouteQuery(state.route ?? null, (id) => corridor.nodeById.has(id));
      return query ? { query, variant: (state.variant ?? 1) - 1 } : null;
    })(),
  };
}
