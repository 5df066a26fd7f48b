// The still embed's words and names in the page's language, with no catalogue chunk, English
// included: its lite file (corridor-lite.<lang>.json) carries the few texts it shows (picked by
// stillTextKeys.ts) and the names in that language only.

import type { FeatureCollection } from "geojson";
import type { CorridorCollection, NodeProps } from "../data/corridorTypes.ts";
import type { Catalogue, Message, MessageKey } from "../i18n/catalogue.ts";
import { countryNameIn } from "../i18n/countryName.ts";
import { type I18n, i18nFor } from "../i18n/i18nContext.ts";
import { DEFAULT_LANG, type Lang } from "../i18n/languages.ts";
import { placeLabel } from "../i18n/localLabel.ts";
import { localName } from "../i18n/localName.ts";

export type StillTexts = Partial<Record<MessageKey, Message>>;

/**
 * The language context the still embed's parts read (useI18n): its file's texts, the only words
 * it has. A key they lack (a file cached from before the key was added) reads as the key's own
 * name, as i18n libraries show a missing message: the picture still draws, the name says what is
 * missing, and no English catalogue is fetched for it.
 */
export function stillI18n(lang: Lang, texts: StillTexts): I18n {
  const catalogue = new Proxy(texts, {
    get: (own, key) => (typeof key === "string" ? (own[key as MessageKey] ?? key) : undefined),
  });
  return i18nFor(lang, catalogue as Catalogue);
}

/**
 * The corridor as the picture names it in `lang`: the vector drawer writes each place's `label`
 * and titles each line with its `name`, so these become the names in that language (English
 * keeps the short labels). For the picture only: nothing else reads this copy.
 */
export function corridorNamedIn(collection: CorridorCollection, lang: Lang): CorridorCollection {
  if (lang === DEFAULT_LANG) return collection;
  return {
    ...collection,
    features: collection.features.map((f) => {
      const p = f.properties;
      return p.featureType === "node"
        ? { ...f, properties: { ...p, name: localName(p, lang), label: placeLabel(p as NodeProps, lang) } }
        : { ...f, properties: { ...p, name: localName(p, lang) } };
    }),
  };
}

/** The basemap named in `lang`: countries by their ISO code (src/i18n/countryName.ts), cities by
 * Natural Earth's name in the language where the basemap has it (`name_ru`, `name_zh`). */
export function basemapNamedIn(basemap: FeatureCollection, lang: Lang): FeatureCollection {
  if (lang === DEFAULT_LANG) return basemap;
  return {
    ...basemap,
    features: basemap.features.map((f) => {
      const p = f.properties ?? {};
      const country = p.layer === "country" || p.layer === "country-label";
      const name =
        country && typeof p.iso2 === "string" && p.iso2 !== ""
          ? countryNameIn(p.iso2, lang)
          : typeof p[`name_${lang}`] === "string"
            ? p[`name_${lang}`]
            : undefined;
      return name === undefined ? f : { ...f, properties: { ...p, name } };
    }),
  };
}
