// What the map's labels say in a language: the text-field expressions of the corridor's and the
// basemap's label layers, built from the registry of languages (src/i18n/languages.ts), so a new
// language needs no line here. The basemap carries `name_<lang>` beside the English `name` where
// they differ (scripts/lib/basemapNames.ts); the corridor's places carry `label_<lang>`
// (src/i18n/localLabel.ts). English reads `name` and `label` as before.
import type { ExpressionSpecification } from "maplibre-gl";
import { DEFAULT_LANG, type Lang } from "../i18n/languages.ts";
import { nameFields } from "../i18n/mapNames.ts";

export { basemapNameOf, NAME_BORROWS, nameFields, placeLabelIn } from "../i18n/mapNames.ts";

/** A basemap feature's name in `lang` (cities, countries, seas, lakes, rivers). */
export function basemapName(lang: Lang): ExpressionSpecification {
  const fields = nameFields(lang);
  if (fields.length === 1) return ["get", "name"];
  return ["coalesce", ...fields.map((f): ExpressionSpecification => ["get", f])] as ExpressionSpecification;
}

/** A country's name in capitals: the build's `upper_<lang>` where the language's own rules differ. */
export function countryLabel(lang: Lang): ExpressionSpecification {
  const upper: ExpressionSpecification = ["upcase", basemapName(lang)];
  return lang === DEFAULT_LANG ? upper : ["coalesce", ["get", `upper_${lang}`], upper];
}

/** A corridor place's map label in `lang`. */
export function placeLabel(lang: Lang): ExpressionSpecification {
  if (lang === DEFAULT_LANG) return ["get", "label"];
  return ["coalesce", ["get", `label_${lang}`], ["get", "label"]];
}
