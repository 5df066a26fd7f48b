// "Download the visible data" as GeoJSON: the same shape as the app's corridor.geojson (so the
// tools that read one read the other), cut down to the segments on the map now. Which features
// and which sources are "visible" is `viewData` (src/data/viewData.ts), which every format and
// the figure share, so the GeoJSON, KML, CSV and citation files of one download always agree.
//
// Languages: a GIS labels features by one field, so `name` is the name in the reader's language
// and `name_en` the English one, in every language's file (the same keys whoever downloads it);
// `names` keeps every language as the data has it. The collection says which language `name` is
// in (`lang`). Everything else (ids, kinds, statuses, dates, summaries, quotes, sources) is the
// data's own, untranslated, so scripts can rely on it.
import type { ViewData } from "../../../data/viewData.ts";
import { ENGLISH } from "../../../i18n/english.ts";
import type { I18n } from "../../../i18n/i18nContext.ts";
import { type HasNames, localName } from "../../../i18n/localName.ts";

/** The feature with `name` in the language and `name_en` right after it (key order kept). */
function named<F extends { properties: HasNames }>(feature: F, i18n: I18n): F {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(feature.properties)) {
    if (key === "name") {
      properties.name = localName(feature.properties, i18n.lang);
      properties.name_en = feature.properties.name;
    } else properties[key] = value;
  }
  return { ...feature, properties };
}

/**
 * A FeatureCollection of the visible segments then every place, with `lang`, the `overview` and
 * the cited `sources` as foreign members. Two-space indent and a final newline; key order is the
 * data's own, so the same data always gives the same bytes.
 */
export function visibleGeoJson(view: ViewData, i18n: I18n = ENGLISH): string {
  const out = {
    type: "FeatureCollection",
    lang: i18n.lang,
    features: [...view.segments, ...view.nodes].map((f) => named(f, i18n)),
    sources: view.sources,
    overview: view.overview,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
