// The explicit unions the app is built around (see ARCHITECTURE.md).

export type Selection = { type: "none" } | { type: "segment"; id: string } | { type: "node"; id: string };

export const NO_SELECTION: Selection = { type: "none" };

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/** Where a change came from, so map, URL and list never echo each other. */
export type Origin = "map" | "list" | "url" | "panel" | "tour" | "init";

/** A camera move the map should make. */
export type CameraRequest =
  | { type: "view"; view: MapView }
  | { type: "fit-selection"; selection: Selection }
  | { type: "fit-all" };

/** A request as the store hands it out; `seq` makes each command distinct. */
export type CameraCommand = CameraRequest & { seq: number };

export function sameSelection(a: Selection, b: Selection): boolean {
  if (a.type === "none" || b.type === "none") return a.type === b.type;
  return a.type === b.type && a.id === b.id;
}
