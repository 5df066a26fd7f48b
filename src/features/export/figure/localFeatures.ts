// The corridor's segments and places as a figure or video draws them in the reader's language:
// each one's `name` (and a place's map `label`) from its `names` entry, so the vector map
// (src/render/vectorMap.ts, which draws `label` and titles lines by `name`) speaks the language
// without knowing of one. The data has one short label, in English; another language's label is
// made from its name there by the one rule (src/i18n/localLabel.ts).
// English returns the features as they are.
import type { NodeFeature, SegmentFeature } from "../../../data/corridorTypes.ts";
import { DEFAULT_LANG, type Lang } from "../../../i18n/languages.ts";
import { placeLabel } from "../../../i18n/localLabel.ts";
import { localName } from "../../../i18n/localName.ts";

export function localSegments(segments: readonly SegmentFeature[], lang: Lang): SegmentFeature[] {
  if (lang === DEFAULT_LANG) return [...segments];
  return segments.map((s) => ({
    ...s,
    properties: { ...s.properties, name: localName(s.properties, lang) },
  }));
}

export function localNodes(nodes: readonly NodeFeature[], lang: Lang): NodeFeature[] {
  if (lang === DEFAULT_LANG) return [...nodes];
  return nodes.map((n) => ({
    ...n,
    properties: {
      ...n.properties,
      name: localName(n.properties, lang),
      label: placeLabel(n.properties, lang),
    },
  }));
}
