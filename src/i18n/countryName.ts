// Country names per language. The corridor's countries come from a table generated from
// i18n-iso-countries (countryNames.ts, `npm run countries`), the same in every engine (WebKitGTK's
// own ICU still said "Turkey"); any other country is named by the engine's Intl.DisplayNames.
import { COUNTRY_NAMES } from "./countryNames.ts";
import { type Lang, languageSpec } from "./languages.ts";

const displayNames = new Map<string, Intl.DisplayNames | null>();

function intlName(code: string, locale: string): string | undefined {
  if (!displayNames.has(locale)) {
    try {
      displayNames.set(locale, new Intl.DisplayNames([locale], { type: "region" }));
    } catch {
      displayNames.set(locale, null);
    }
  }
  try {
    return displayNames.get(locale)?.of(code);
  } catch {
    return undefined;
  }
}

/** `code` (ISO 3166-1 alpha-2) named in `lang`; the code itself when nothing knows it. */
export function countryNameIn(code: string, lang: Lang): string {
  return COUNTRY_NAMES[lang]?.[code] ?? intlName(code, languageSpec(lang).locale) ?? code;
}
