// What the app asks of the map, and what the map tells the app. React and the tests see only
// this interface; the MapLibre-backed class and the test fake both implement it.
import type { Corridor } from "../data/corridor.ts";
import type { LayerGroup } from "../layers/registry.ts";
import type { RouteHighlight } from "../state/routeSelectors.ts";
import type { CameraCommand, MapView, Selection } from "../state/types.ts";
import type { TimeView } from "../time/timeView.ts";
import type { Insets } from "../ui/freeArea.ts";
import type { MapLanguage } from "./mapLanguage.ts";

export type { Insets } from "../ui/freeArea.ts";

export type MapEvent =
  | { type: "click"; target: Selection }
  | { type: "view"; view: MapView }
  | { type: "ready" };

export type LonLatBounds = [number, number, number, number];

export interface ImageRequest {
  /** The map's size in CSS px; the image is this times pixelRatio. */
  cssWidth: number;
  cssHeight: number;
  pixelRatio: number;
  /** Exactly what to show (its aspect matches the size). */
  bounds: LonLatBounds;
}

export interface MapControllerApi {
  /** West, south, east, north of what the map shows now in its free area. */
  viewBounds(): LonLatBounds | null;
  /** Draws the map off screen at any size and resolution, for figures; a PNG data URL. */
  renderImage(request: ImageRequest): Promise<string>;
  setCorridor(corridor: Corridor): void;
  /** Draws the corridor as of a day (lines in their status then); null = as the data is now. */
  setTimeView(view: TimeView | null): void;
  /** Marks these segments as changed ("what changed since"); [] marks none. */
  setChanged(ids: readonly string[]): void;
  setVisibleGroups(groups: readonly LayerGroup[]): void;
  /** Highlights a route: its chosen variant's segments strongly, the others' dimmed; null = none. */
  setRoute(route: RouteHighlight | null): void;
  setSelection(selection: Selection): void;
  runCamera(command: CameraCommand): void;
  /** Lines, symbols and labels at `scale` times their size (a briefing on a large screen). */
  setScale(scale: number): void;
  /** Labels, fonts and control texts in this language (the menu relabels the map in place). */
  setLanguage(language: MapLanguage): void;
  /** Subscribes to map events; returns the unsubscribe function. */
  onEvent(handler: (event: MapEvent) => void): () => void;
  destroy(): void;
}

export interface MapControllerOptions {
  container: HTMLElement;
  /** The data, when known at creation: then the map's first tiles already draw it. */
  corridor?: Corridor;
  /** Where to look first; without it the map fits the whole corridor. */
  initialCamera: CameraCommand | null;
  /** False for a still embed: no pan, zoom or click. */
  interactive?: boolean;
  /** Device pixels per CSS px; more for print-resolution figures. */
  pixelRatio?: number;
  /** Briefing mode: the selected segment stands out, the rest dimmed, with running dashes. */
  presentation?: boolean;
  /** Off-screen maps (figures) neither expose the test hook nor take focus. */
  offscreen?: boolean;
  /** Sizes of lines, symbols and labels, times this (1 by default). */
  scale?: number;
  /**
   * The free area: the ways of keeping clear of what covers the map (panels, legend, caption,
   * controls), as insets, largest first. Asked at every fit; the camera takes the way that
   * shows its subject largest.
   */
  freeArea?: () => readonly Insets[];
  /** The language the map starts in (English when absent). */
  language?: MapLanguage;
}

export type MapControllerFactory = (options: MapControllerOptions) => MapControllerApi;
