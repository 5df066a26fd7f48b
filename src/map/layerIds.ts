// Ids of the map's own style layers and sources, in one place for the style, the controller
// and the click router.

export const SOURCE_BASEMAP = "basemap";
export const SOURCE_CORRIDOR = "corridor";
/** The stretches a route's variants walk (src/route/routeGeometry.ts). */
export const SOURCE_ROUTE = "route";

export const LAYER_SEGMENTS_HIT = "segments-hit";
export const LAYER_NODES_HIT = "nodes-hit";
export const LAYER_HOVER = "segment-hover";
/** "What changed since": a halo under the segments with events in the span. */
export const LAYER_CHANGED = "segment-changed";
/** A route: a strong halo under the chosen variant's segments, a dimmed one under the others'. */
export const LAYER_ROUTE_CHOSEN = "route-chosen";
export const LAYER_ROUTE_OTHERS = "route-others";
export const LAYER_SELECTED_OUTER = "segment-selected-outer";
export const LAYER_SELECTED_INNER = "segment-selected-inner";
export const LAYER_NODE_SELECTED = "node-selected";
export const LAYER_NODE_LABELS = "node-labels";
export const LAYER_SUBJECT_LABELS = "subject-labels";
export const LAYER_FLOW_ARROWS = "flow-arrows";
export const LAYER_ACTIVE_FLOW = "active-flow";
export const IMAGE_FLOW_ARROW = "flow-arrow";

export const segmentLayerId = (kind: string, built: boolean) =>
  `segments-${kind}-${built ? "built" : "unbuilt"}`;
