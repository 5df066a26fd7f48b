// The selection's places are named at every zoom (the subject labels); a basemap city standing at
// such a place is then drawn clear, so the place has one label. Feature state, not a filter: a
// filter change would lay the whole basemap out again on every selection.
import type { Map as MlMap } from "maplibre-gl";
import { SUBJECT_STATE } from "./basemapLayers.ts";
import { SOURCE_BASEMAP } from "./layerIds.ts";

/** Marks the cities at `now`'s places (the basemap's cities carry their corridor place's id). */
export function markSubjectCities(map: MlMap, before: readonly string[], now: readonly string[]): void {
  for (const id of before) {
    if (!now.includes(id)) map.setFeatureState({ source: SOURCE_BASEMAP, id }, { [SUBJECT_STATE]: false });
  }
  for (const id of now) map.setFeatureState({ source: SOURCE_BASEMAP, id }, { [SUBJECT_STATE]: true });
}
