// Bounds of what the camera should show for a selection or for the whole corridor.
import { bbox } from "@turf/bbox";
import type { Corridor } from "../data/corridor.ts";
import type { Selection } from "../state/types.ts";

export type Bounds = [number, number, number, number];

/**
 * The most a view may show, west, south, east, north: inside the basemap's clip box
 * (scripts/buildBasemap.ts), so its cut edges never show; far enough south that a portrait
 * phone or tablet can zoom out to the whole corridor. The map's maxBounds and the still
 * overview's limit.
 */
export const MAX_VIEW_BOUNDS: Bounds = [-15, -58, 150, 76];

/** Half-size, in degrees, of the box shown around a selected node. */
const NODE_PAD_DEG = 0.6;

export function selectionBounds(corridor: Corridor, selection: Selection): Bounds | null {
  if (selection.type === "segment") {
    const f = corridor.segmentById.get(selection.id);
    return f ? (bbox(f) as Bounds) : null;
  }
  if (selection.type === "node") {
    const f = corridor.nodeById.get(selection.id);
    if (!f) return null;
    const [x, y] = f.geometry.coordinates as [number, number];
    return [x - NODE_PAD_DEG, y - NODE_PAD_DEG, x + NODE_PAD_DEG, y + NODE_PAD_DEG];
  }
  return null;
}

export function corridorBounds(corridor: Corridor): Bounds {
  return bbox({ type: "FeatureCollection", features: corridor.segments }) as Bounds;
}
