// Wires a map controller to the store: store changes drive the controller, map events come
// back as store actions. The only place the two meet. Returns the function that unwires.
import type { Corridor } from "../data/corridor.ts";
import { selectRouteHighlight } from "../state/routeSelectors.ts";
import type { AppStore } from "../state/store.ts";
import { INTENT } from "../state/types.ts";
import { changedSegmentIds } from "../time/corridorTime.ts";
import { today } from "../time/dates.ts";
import { timeViewOn } from "../time/timeView.ts";
import type { MapControllerApi } from "./controllerApi.ts";

export function bindController(
  controller: MapControllerApi,
  store: AppStore,
  corridor: Corridor,
): () => void {
  controller.setCorridor(corridor);
  // The camera command pending when the controller was made is its initial camera.
  let lastSeq = store.getState().camera?.seq ?? 0;
  let shownAsOf: number | null = null;
  let shownSince: number | null = null;
  let shownSinceTo: number | null = null;
  const sync = () => {
    const s = store.getState();
    // The map draws the as-of day only when it is not today (null): today is the data as it is.
    const asOf = s.asOf?.day ?? null;
    if (asOf !== shownAsOf) {
      shownAsOf = asOf;
      controller.setTimeView(asOf === null ? null : timeViewOn(corridor, asOf));
    }
    const since = s.since?.day ?? null;
    if (since !== shownSince || (since !== null && asOf !== shownSinceTo)) {
      shownSince = since;
      shownSinceTo = asOf;
      controller.setChanged(since === null ? [] : changedSegmentIds(corridor, since, asOf ?? today()));
    }
    controller.setVisibleGroups(s.visibleGroups);
    controller.setSelection(s.selection);
    controller.setRoute(selectRouteHighlight(s));
    if (s.camera && s.camera.seq > lastSeq) {
      lastSeq = s.camera.seq;
      controller.runCamera(s.camera);
    }
  };
  sync();
  const unsubscribe = store.subscribe(sync);
  const off = controller.onEvent((e) => {
    const s = store.getState();
    switch (e.type) {
      case "click":
        s.select(e.target, INTENT.pick);
        break;
      case "view":
        s.setViewFromMap(e.view);
        break;
      case "ready":
        s.setMapReady();
        break;
    }
  });
  return () => {
    unsubscribe();
    off();
  };
}
