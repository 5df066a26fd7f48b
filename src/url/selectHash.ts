// The URL hash for the store's state: what the address bar, a permalink or an "open full map"
// link carries. Here, not in state/, because the state does not know how the URL is written.
import { defaultVisibleGroups } from "../layers/registry.ts";
import type { AppState } from "../state/store.ts";
import { serializeHash } from "./hashState.ts";

/** The URL hash for the current state: what a permalink or an "open full map" link carries. */
export function selectHash(s: AppState): string {
  return serializeHash(
    {
      view: s.view,
      selection: s.selection,
      layers: s.visibleGroups,
      step: s.step === null ? null : s.step + 1,
      date: s.asOf,
      since: s.since,
      route: s.route,
      variant: s.route ? s.routeVariant + 1 : null,
    },
    defaultVisibleGroups(),
  );
}
