// Where the map's names are read from in a language, as plain functions: the basemap's
// `name_<lang>` fields (with the language a language without Natural Earth names borrows) and the
// corridor places' `label_<lang>`. The map's expressions (src/map/labelText.ts), the figures
// (src/render/basemapFigure.ts) and the basemap build (scripts/lib/basemapNames.ts) share them.
import { DEFAULT_LANG, type Lang, type TranslatedLang } from "./languages.ts";

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
