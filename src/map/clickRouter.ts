// The one click router: a place (drawn on top) wins over lines; among the lines whose 20 px
// hit area is under the pointer, the one drawn nearest wins, so two lines that share a path
// (drawn side by side) can each be picked. A click within about 10 px of a line selects it.
import type { Map as MlMap, PointLike } from "maplibre-gl";
import type { Corridor } from "../data/corridor.ts";
import { NO_SELECTION, type Selection } from "../state/types.ts";
import { LAYER_NODES_HIT, LAYER_SEGMENTS_HIT } from "./layerIds.ts";
import { distanceToDrawn, type Px } from "./screenGeometry.ts";

/** Extra pixels around the pointer for places, which are small targets. */
const NODE_SLOP = 6;

function screenLines(map: MlMap, geometry: GeoJSON.LineString | GeoJSON.MultiLineString): Px[][] {
  const lines = geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates;
  return lines.map((line) => line.map(([x = 0, y = 0]) => map.project([x, y])));
}

export function routeClick(map: MlMap, point: Px, corridor: Corridor | null): Selection {
  const box: [PointLike, PointLike] = [
    [point.x - NODE_SLOP, point.y - NODE_SLOP],
    [point.x + NODE_SLOP, point.y + NODE_SLOP],
  ];
  const node = map.queryRenderedFeatures(box, { layers: [LAYER_NODES_HIT] })[0]?.properties?.id;
  if (typeof node === "string") return { type: "node", id: node };

  const ids = [
    ...new Set(
      map
        .queryRenderedFeatures([point.x, point.y], { layers: [LAYER_SEGMENTS_HIT] })
        .map((f) => f.properties?.id)
        .filter((id): id is string => typeof id === "string"),
    ),
  ];
  if (ids.length <= 1 || !corridor) return ids[0] ? { type: "segment", id: ids[0] } : NO_SELECTION;
  let best: { id: string; d: number } | null = null;
  for (const id of ids) {
    const f = corridor.segmentById.get(id);
    if (!f) continue;
    const d = Math.min(
      ...screenLines(map, f.geometry).map((l) => distanceToDrawn(point, l, f.properties.drawOffset)),
    );
    if (!best || d < best.d) best = { id, d };
  }
  return best ? { type: "segment", id: best.id } : NO_SELECTION;
}
