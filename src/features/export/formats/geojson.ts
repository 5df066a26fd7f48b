// "Download the visible data" as GeoJSON: the same shape as the app's corridor.geojson (so the
// tools that read one read the other), cut down to the segments on the map now. Which features
// and which sources are "visible" is `viewData` (src/data/viewData.ts), which every format and
// the figure share, so the GeoJSON, KML, CSV and citation files of one download always agree.
import type { ViewData } from "../../../data/viewData.ts";

/**
 * A FeatureCollection of the visible segments then every place, with the `overview` and the
 * cited `sources` as foreign members. Two-space indent and a final newline; key order is the
 * data's own, so the same data always gives the same bytes.
 */
export function visibleGeoJson(view: ViewData): string {
  const out = {
    type: "FeatureCollection",
    features: [...view.segments, ...view.nodes],
    sources: view.sources,
    overview: view.overview,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
