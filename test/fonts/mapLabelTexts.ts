// Every text the map's label layers can show in a language: the corridor's place labels
// (localLabel, as corridor.geojson carries them), and the basemap's names of countries (also in
// capitals, by the language's rules), seas, lakes, rivers and cities, read as the map reads them.
import { readFileSync } from "node:fs";
import type { Feature } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { DEFAULT_LANG, type Lang, languageSpec } from "../../src/i18n/languages.ts";
import { localLabel } from "../../src/i18n/localLabel.ts";
import { basemapNameOf } from "../../src/map/labelText.ts";

const NAMED_LAYERS = new Set(["country-label", "sea-label", "lake-label", "river-name", "city"]);

export function mapLabelTexts(lang: Lang): string[] {
  const topology = JSON.parse(readFileSync("public/basemap.topojson", "utf8")) as Topology;
  const features = (
    feature(topology, topology.objects.basemap as never) as unknown as { features: Feature[] }
  ).features;
  const names = features
    .filter((f) => NAMED_LAYERS.has(String(f.properties?.layer)))
    .flatMap((f) => {
      const name = basemapNameOf(f.properties, lang);
      return f.properties?.layer === "country-label"
        ? [name, name.toLocaleUpperCase(languageSpec(lang).locale), name.toUpperCase()]
        : [name];
    });
  const nodes = JSON.parse(readFileSync("data/nodes.json", "utf8")).nodes as {
    name: string;
    label?: string;
    names?: Record<string, string>;
  }[];
  const places = nodes.map((n) => (lang === DEFAULT_LANG ? (n.label ?? n.name) : localLabel(n, lang)));
  return [...names, ...places];
}
