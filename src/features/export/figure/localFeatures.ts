// The corridor's segments and places as a figure or video draws them in the reader's language:
// each one's `name` (and a place's map `label`) from its `names` entry, so the vector map
// (src/render/vectorMap.ts, which draws `label` and titles lines by `name`) speaks the language
// without knowing of one. The data has one short label, in English; another language's label is
// made from its name there the way the English label shortens the English name (localLabel).
// English returns the features as they are.
import type { NodeFeature, SegmentFeature } from "../../../data/corridorTypes.ts";
import { DEFAULT_LANG, type Lang } from "../../../i18n/languages.ts";
import { localName } from "../../../i18n/localName.ts";

export function localSegments(segments: readonly SegmentFeature[], lang: Lang): SegmentFeature[] {
  if (lang === DEFAULT_LANG) return [...segments];
  return segments.map((s) => ({
    ...s,
    properties: { ...s.properties, name: localName(s.properties, lang) },
  }));
}

const ASIDE = /^(.*\S)\s*\(([^()]*)\)$/u;

/**
 * A place's short map label in `lang`, from its name there, shortened as the English label
 * shortens the English name: where English keeps only the bracketed part ("Halkalı (Istanbul)"
 * → "Istanbul", "… Port (Alat)" → "Alat (Port of Baku)"), the translation's bracketed part;
 * where English drops an aside ("Jinghe (junction)" → "Jinghe"), the translation without its
 * own; otherwise the whole translated name.
 */
export function localLabel(
  p: { name: string; label: string; names?: NodeFeature["properties"]["names"] },
  lang: Lang,
): string {
  const name = localName(p, lang);
  if (lang === DEFAULT_LANG || p.label === p.name) return lang === DEFAULT_LANG ? p.label : name;
  const english = ASIDE.exec(p.name);
  const local = ASIDE.exec(name);
  if (!english || !local) return name;
  const [, , englishAside = ""] = english;
  const [, localMain = name, localAside = name] = local;
  return englishAside && p.label.startsWith(englishAside) ? localAside : localMain;
}

export function localNodes(nodes: readonly NodeFeature[], lang: Lang): NodeFeature[] {
  if (lang === DEFAULT_LANG) return [...nodes];
  return nodes.map((n) => ({
    ...n,
    properties: {
      ...n.properties,
      name: localName(n.properties, lang),
      label: localLabel(n.properties, lang),
    },
  }));
}
