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

/** Room, in px, that panels floating over the map take from each side. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface MapControllerOptions {
  container: HTMLElement;
  /** Where to look first; without it the map fits the whole corridor. */
  initialCamera: CameraCommand | null;
  /** False for a still embed: no pan, zoom or click. */
  interactive?: boolean;
  /** Measured when the camera fits something, so it is not hidden under the legend. */
  overlayInsets?: () => Partial<Insets>;
}

export type MapControllerFactory = (options: MapControllerOptions) => MapControllerApi;
