// A map controller that records what the app asked of it and lets a test play map events.
import type { Corridor } from "../../src/data/corridor.ts";
import type { LayerGroup } from "../../src/layers/registry.ts";
import type {
  MapControllerApi,
  MapControllerFactory,
  MapControllerOptions,
  MapEvent,
} from "../../src/map/controllerApi.ts";
import type { MapLanguage } from "../../src/map/mapLanguage.ts";
import type { RouteHighlight } from "../../src/state/routeSelectors.ts";
import type { CameraCommand, Selection } from "../../src/state/types.ts";
import type { TimeView } from "../../src/time/timeView.ts";

export class FakeMapController implements MapControllerApi {
  corridor: Corridor | null = null;
  groups: readonly LayerGroup[] = [];
  selection: Selection = { type: "none" };
  cameras: CameraCommand[] = [];
  scales: number[] = [];
  destroyed = false;
  private handlers = new Set<(e: MapEvent) => void>();

  constructor(readonly options: MapControllerOptions) {}

  viewBounds(): [number, number, number, number] {
    return [40, 38, 56, 46];
  }
  images: unknown[] = [];
  async renderImage(request: unknown) {
    this.images.push(request);
    return "data:image/png;base64,iVBORw0KGgo=";
  }
  setCorridor(corridor: Corridor) {
    this.corridor = corridor;
  }
  timeViews: (TimeView | null)[] = [];
  setTimeView(view: TimeView | null) {
    this.timeViews.push(view);
  }
  changed: readonly string[] = [];
  setChanged(ids: readonly string[]) {
    this.changed = ids;
  }
  /** The route as last set, and every change of it (the real setter ignores repeats). */
  route: RouteHighlight | null = null;
  routes: (RouteHighlight | null)[] = [];
  setRoute(route: RouteHighlight | null) {
    if (route === this.route) return;
    this.route = route;
    this.routes.push(route);
  }
  setVisibleGroups(groups: readonly LayerGroup[]) {
    this.groups = groups;
  }
  setSelection(selection: Selection) {
    this.selection = selection;
  }
  /** Every language the app set (the real setter ignores repeats). */
  languages: MapLanguage[] = [];
  setLanguage(language: MapLanguage) {
    this.languages.push(language);
  }
  runCamera(command: CameraCommand) {
    this.cameras.push(command);
  }
  setScale(scale: number) {
    this.scales.push(scale);
  }
  onEvent(handler: (e: MapEvent) => void) {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }
  destroy() {
    this.destroyed = true;
  }
  /** Plays an event as if the map had sent it. */
  emit(e: MapEvent) {
    for (const h of this.handlers) h(e);
  }
}

/** A factory that keeps the controllers it made, newest last. */
export function fakeMapFactory(): MapControllerFactory & {
  made: FakeMapController[];
  latest: () => FakeMapController;
} {
  const made: FakeMapController[] = [];
  const factory = (options: MapControllerOptions) => {
    const c = new FakeMapController(options);
    made.push(c);
    return c;
  };
  return Object.assign(factory, {
    made,
    latest: () => {
      const c = made.at(-1);
      if (!c) throw new Error("no map controller was created");
      return c;
    },
  });
}
