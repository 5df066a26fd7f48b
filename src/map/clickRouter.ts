// The one click router: nodes (drawn on top) win over lines, then the segment whose wide
// invisible hit line is under the pointer, so a click within about 10 px of a line selects it.
import type { Map as MlMap, PointLike } from "maplibre-gl";
import { NO_SELECTION, type Selection } from "../state/types.ts";
import { LAYER_NODES_HIT, LAYER_SEGMENTS_HIT } from "./layerIds.ts";

/** Extra pixels around the pointer for nodes, which are small targets. */
const NODE_SLOP = 6;

export function routeClick(map: MlMap, point: { x: number; y: number }): Selection {
  const box: [PointLike, PointLike] = [
    [point.x - NODE_SLOP, point.y - NODE_SLOP],
    [point.x + NODE_SLOP, point.y + NODE_SLOP],
  ];
  const nodes = map.queryRenderedFeatures(box, { layers: [LAYER_NODES_HIT] });
  const node = nodes[0]?.properties?.id;
  if (typeof node === "string") return { type: "node", id: node };
  const hits = map.queryRenderedFeatures([point.x, point.y], { layers: [LAYER_SEGMENTS_HIT] });
  const id = hits[0]?.properties?.id;
  return typeof id === "string" ? { type: "segment", id } : NO_SELECTION;
}
