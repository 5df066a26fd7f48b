// What the app asks of the map, and what the map tells the app. React and the tests see only
// this interface; the MapLibre-backed class and the test fake both implement it.
import type { Corridor } from "../data/corridor.ts";
import type { LayerGroup } from "../layers/registry.ts";
import type { CameraCommand, MapView, Selection } from "../state/types.ts";

export type MapEvent =
  | { type: "click"; target: Selection }
  | { type: "view"; view: MapView }
  | { type: "ready" };

export interface MapControllerApi {
  setCorridor(corridor: Corridor): void;
  setVisibleGroups(groups: readonly LayerGroup[]): void;
  setSelection(selection: Selection): void;
  runCamera(command: CameraCommand): void;
  /** Subscribes to map events; returns the unsubscribe function. */
  onEvent(handler: (event: MapEvent) => void): () => void;
  destroy(): void;
}

export interface MapControllerOptions {
  container: HTMLElement;
  /** Where to look first; without it the map fits the whole corridor. */
  initialCamera: CameraCommand | null;
}

export type MapControllerFactory = (options: MapControllerOptions) => MapControllerApi;
