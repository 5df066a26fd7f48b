// What the map's labels say in a language: the text-field expressions of the corridor's and the
// basemap's label layers, built from the registry of languages (src/i18n/languages.ts), so a new
// language needs no line here. The basemap carries `name_<lang>` beside the English `name` where
// they differ (scripts/lib/basemapNames.ts); the corridor's places carry `label_<lang>`
// (src/i18n/localLabel.ts). English reads `name` and `label` as before.
import type { ExpressionSpecification } from "maplibre-gl";
import { DEFAULT_LANG, type Lang, type TranslatedLang } from "../i18n/languages.ts";

/**
 * A language without Natural Earth names of its own shows another's where it has none of its own:
 * Kazakh shows the Russian forms (Cyrillic, as Kazakh readers write foreign cities), which the
 * basemap then stores once. The build (scripts/lib/basemapNames.ts) writes `name_kk` only where
 * it differs from the Russian.
 */
export const NAME_BORROWS: Readonly<Partial<Record<TranslatedLang, TranslatedLang>>> = { kk: "ru" };

/** The properties a basemap name is read from in `lang`, first found first. */
export function nameFields(lang: Lang): string[] {
  if (lang === DEFAULT_LANG) return ["name"];
  const borrowed = NAME_BORROWS[lang];
  return [`name_${lang}`, ...(borrowed ? [`name_${borrowed}`] : []), "name"];
}

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

/** A corridor place's map label in `lang`, read from its properties (the camera's label room). */
export function placeLabelIn(properties: { label: string }, lang: Lang): string {
  if (lang === DEFAULT_LANG) return properties.label;
  const local = (properties as Record<string, unknown>)[`label_${lang}`];
  return typeof local === "string" && local !== "" ? local : properties.label;
}

/** A basemap feature's name in `lang`, read from its properties (figures, the still overview). */
export function basemapNameOf(properties: Record<string, unknown> | null | undefined, lang: Lang): string {
  for (const field of nameFields(lang)) {
    const value = properties?.[field];
    if (typeof value === "string" && value !== "") return value;
  }
  return "";
}
