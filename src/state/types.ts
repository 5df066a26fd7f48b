// The explicit unions the app is built around (see ARCHITECTURE.md).

export type Selection = { type: "none" } | { type: "segment"; id: string } | { type: "node"; id: string };

export const NO_SELECTION: Selection = { type: "none" };

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/**
 * What a selection asks of the rest of the app, said by whoever selects: whether the camera
 * fits the selection or keeps still, whether keyboard focus moves to its details, and whether
 * the address gets a new history entry (so Back returns) or the current one is rewritten.
 */
export interface SelectIntent {
  camera: "fit" | "keep";
  focus: "details" | "stay";
  history: "push" | "replace";
}

/** The intents the app uses, named by what the user did. */
export const INTENT = {
  /** A choice from a list or a link to a segment: go there, read it, Back returns. */
  choose: { camera: "fit", focus: "details", history: "push" },
  /** A click on the map: it is already in view. */
  pick: { camera: "keep", focus: "stay", history: "push" },
  /** Closing the details (×, Esc) or hiding the selected line's layer. */
  clear: { camera: "keep", focus: "stay", history: "push" },
  /** The address said so (opening a link, Back, Forward): its camera is applied separately. */
  url: { camera: "keep", focus: "stay", history: "replace" },
  /** A briefing step: the tour moves the camera itself. */
  step: { camera: "keep", focus: "stay", history: "push" },
} as const satisfies Record<string, SelectIntent>;

/** A camera move the map should make. */
export type CameraRequest =
  | { type: "view"; view: MapView }
  | { type: "fit-selection"; selection: Selection }
  /** A route: these stretches ("segment#n", see src/state/routeSelectors.ts), its end places named. */
  | { type: "fit-stretches"; ids: readonly string[]; ends: readonly string[] }
  | { type: "fit-all" };

/** A request as the store hands it out; `seq` makes each command distinct. */
export type CameraCommand = CameraRequest & { seq: number };

export function sameSelection(a: Selection, b: Selection): boolean {
  if (a.type === "none" || b.type === "none") return a.type === b.type;
  return a.type === b.type && a.id === b.id;
}
