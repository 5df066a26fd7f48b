// The table behind src/i18n/countryNames.ts: the corridor's countries named in each language.
// Shared by the script that writes it and the test that checks it is current.
import type { CorridorCollection } from "../../src/data/corridorTypes.ts";

type LangFile = { countries: Record<string, string | string[]> };

/**
 * Where the package's first name is not what the corridor's readers write: its English and
 * Russian entries for China are the official long form, and Russian "Туркмения" is the older
 * colloquial name (Turkmenistan's own Russian texts and Kazakh and Azerbaijani media write
 * "Туркменистан").
 */
const OVERRIDES: Record<string, Record<string, string>> = {
  en: { CN: "China" },
  ru: { CN: "Китай", TM: "Туркменистан" },
};

export function corridorCountries(collection: CorridorCollection): string[] {
  const codes = new Set<string>();
  for (const f of collection.features) {
    const p = f.properties;
    if (p.featureType === "segment") for (const c of p.countries) codes.add(c);
    else codes.add(p.country);
  }
  return [...codes].sort();
}

export function corridorCountryTable(
  collection: CorridorCollection,
  langs: readonly string[],
  langFile: (lang: string) => LangFile,
): Record<string, Record<string, string>> {
  const codes = corridorCountries(collection);
  const table: Record<string, Record<string, string>> = {};
  for (const lang of langs) {
    const names = langFile(lang).countries;
    const row: Record<string, string> = {};
    for (const code of codes) {
      const given = names[code];
      const first = Array.isArray(given) ? given[0] : given;
      row[code] = OVERRIDES[lang]?.[code] ?? first ?? code;
    }
    table[lang] = row;
  }
  return table;
}
