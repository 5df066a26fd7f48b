// For the browser tests (through the automation hook): whether any basemap name is drawn over a
// corridor place's or line's name, by MapLibre's own placement. A rendered-features query at a
// point returns the symbols whose placed collision box holds that point, so a point that returns
// both a corridor label and a basemap label lies where the two overlap. The points sampled are a
// grid around each corridor label drawn, wide enough for any of its anchors.
import type { Map as MlMap } from "maplibre-gl";
import { BASEMAP_LABEL_LAYERS } from "./basemapLayers.ts";
import { LAYER_NODE_LABELS, LAYER_SUBJECT_LABELS } from "./layerIds.ts";

const CORRIDOR_LABEL_LAYERS = [LAYER_SUBJECT_LABELS, LAYER_NODE_LABELS, "map-notes"];
/** Half the window sampled around a corridor label's point, and the grid step, in px. */
const REACH_X = 170;
const REACH_Y = 40;
const STEP = 3;

export interface LabelOverlapReport {
  /** Corridor and basemap labels drawn now (so a test can tell it looked at something). */
  corridorLabels: string[];
  basemapLabels: string[];
  overlaps: Array<{ corridor: string; basemap: string; x: number; y: number }>;
}

export function labelOverlaps(map: MlMap): LabelOverlapReport {
  const present = (ids: readonly string[]) => ids.filter((id) => map.getLayer(id));
  const corridorLayers = present(CORRIDOR_LABEL_LAYERS);
  const basemapLayers = present(BASEMAP_LABEL_LAYERS);
  const name = (f: { properties: Record<string, unknown> }) =>
    String(f.properties.label ?? f.properties.name ?? f.properties.mapNote ?? "");
  const corridor = map.queryRenderedFeatures({ layers: corridorLayers });
  const basemap = map.queryRenderedFeatures({ layers: basemapLayers });
  const overlaps: LabelOverlapReport["overlaps"] = [];
  const seen = new Set<string>();
  const { width, height } = map.getCanvas().getBoundingClientRect();
  for (const f of corridor) {
    if (f.geometry.type !== "Point") continue;
    const at = map.project(f.geometry.coordinates as [number, number]);
    for (let y = Math.max(0, at.y - REACH_Y); y <= Math.min(height, at.y + REACH_Y); y += STEP) {
      for (let x = Math.max(0, at.x - REACH_X); x <= Math.min(width, at.x + REACH_X); x += STEP) {
        const hits = map.queryRenderedFeatures([x, y], { layers: [...corridorLayers, ...basemapLayers] });
        const a = hits.find((h) => corridorLayers.includes(h.layer.id));
        const b = hits.find((h) => basemapLayers.includes(h.layer.id));
        if (!a || !b) continue;
        const key = `${name(a)}|${name(b)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        overlaps.push({ corridor: name(a), basemap: name(b), x: Math.round(x), y: Math.round(y) });
      }
    }
  }
  return { corridorLabels: corridor.map(name), basemapLabels: basemap.map(name), overlaps };
}
