// Country names per language: the corridor's from the generated table (kept current with the
// data), others from Intl.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { corridorCountryTable } from "../../scripts/lib/countryTable.ts";
import { loadCorridor } from "../../scripts/lib/loadCorridor.ts";
import { countryNameIn } from "../../src/i18n/countryName.ts";
import { COUNTRY_NAMES } from "../../src/i18n/countryNames.ts";
import { LANGUAGE_CODES } from "../../src/i18n/languages.ts";
import { countryName } from "../../src/ui/format.ts";

const require = createRequire(import.meta.url);

describe("countryNameIn", () => {
  it("names the corridor's countries in each language as its readers write them", () => {
    expect(["AZ", "KZ", "TR", "CN", "TM"].map((c) => countryNameIn(c, "ru"))).toEqual([
      "Азербайджан",
      "Казахстан",
      "Турция",
      "Китай",
      "Туркменистан",
    ]);
    expect(countryNameIn("KZ", "kk")).toBe("Қазақстан");
    expect(countryNameIn("AZ", "az")).toBe("Azərbaycan");
    expect(countryNameIn("GE", "tr")).toBe("Gürcistan");
    expect(countryNameIn("CN", "zh")).toBe("中国");
    expect(countryName("TR")).toBe("Türkiye");
    expect(countryName("CN")).toBe("China");
  });

  it("names other countries through Intl, and an unknown code as itself", () => {
    expect(countryNameIn("FR", "en")).toBe("France");
    expect(countryNameIn("FR", "ru")).toBe("Франция");
    expect(countryNameIn("ZZ", "ru")).toMatch(/^(ZZ|.+)$/);
    expect(countryNameIn("not a code", "tr")).toBe("not a code");
  });

  it("the table is current: every country in the data, in every language (npm run countries)", () => {
    const load = loadCorridor(process.cwd());
    if (!load.ok) throw new Error("the data does not load");
    const table = corridorCountryTable(load.corridor, LANGUAGE_CODES, (l) =>
      require(`i18n-iso-countries/langs/${l}.json`),
    );
    expect(COUNTRY_NAMES).toEqual(table);
    for (const lang of LANGUAGE_CODES)
      expect(Object.keys(COUNTRY_NAMES[lang] ?? {}).length).toBeGreaterThan(5);
  });
});
