// The still embed's copy of the corridor (corridor-lite.json, next to corridor.geojson): the
// same shape, so the vector drawer, the time view and the credits read it as they read the
// whole file, with what a picture never shows left out. Kept: geometry (to 0.001°, ~100 m,
// finer than a pixel at the zooms an embed shows), names, kind, status, group, order, draw
// offset, and each history event's date, kind and status (the drawing as of a date). Left out:
// facts, notes, gauges, references, event labels, the tour, and the annotations' text; of the
// annotations one per source and feature remains, naming its source, because the credits name
// the outlets the view cites (src/data/viewData.ts, which reads the metadata from `sources`).
// One file per language: corridor-lite.json is English (no `names`), corridor-lite.ru.json
// carries each place's and segment's Russian name only; each carries the few interface texts
// the still embed shows, in its language (`texts`, picked by src/still/stillTextKeys.ts; the
// still embed loads no catalogue, English included), so one fetch brings a picture in its
// language. Pure: the build emits them (scripts/corridorDataPlugin.ts) and the
// one-file build's still embed derives its own from the inlined corridor.
import type { Geometry, Position } from "geojson";
import type { Message, MessageKey } from "../i18n/catalogue.ts";
import { DEFAULT_LANG, type Lang, type TranslatedLang } from "../i18n/languages.ts";
import type { AnnotationOut, CorridorCollection, NodeProps, SegmentProps } from "./corridorTypes.ts";
import type { HistoryEvent } from "./schema.ts";

export const CORRIDOR_LITE_FILE = "corridor-lite.json";
const DECIMALS = 3;

/** The still embed's data in `lang`: corridor-lite.json for English, corridor-lite.ru.json … */
export function liteCorridorFile(lang: Lang): string {
  return lang === DEFAULT_LANG ? CORRIDOR_LITE_FILE : CORRIDOR_LITE_FILE.replace(/\.json$/, `.${lang}.json`);
}

/** A lite file: the corridor, and the still embed's texts in the file's language. */
export type LiteCorridorCollection = CorridorCollection & {
  /** The still embed's interface texts in the file's language; absent in an English file written
   * before the files carried English too (src/still/loadStill.ts). */
  texts?: Partial<Record<MessageKey, Message>>;
};

/**
 * Only the file's own language of the names: all of them doubled the file's gzip size, and a
 * picture shows one language.
 */
function namesIn(names: Partial<Record<TranslatedLang, string>> | undefined, lang: Lang) {
  const name = lang === DEFAULT_LANG ? undefined : names?.[lang];
  return name === undefined ? {} : { [lang]: name };
}

const round = (n: number) => Math.round(n * 10 ** DECIMALS) / 10 ** DECIMALS;
const roundPosition = (p: Position): Position => [round(p[0] ?? 0), round(p[1] ?? 0)];

/** A line rounded, without the repeated points rounding makes. */
function roundLine(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of line.map(roundPosition)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  // A line needs two points, even one shorter than the rounding.
  return out.length >= 2 ? out : line.slice(0, 2).map(roundPosition);
}

function roundGeometry<G extends Geometry>(g: G): G {
  switch (g.type) {
    case "Point":
      return { ...g, coordinates: roundPosition(g.coordinates) };
    case "LineString":
      return { ...g, coordinates: roundLine(g.coordinates) };
    case "MultiLineString":
      return { ...g, coordinates: g.coordinates.map(roundLine) };
    default:
      return g;
  }
}

/** One annotation per source, without its text: enough to cite the source. */
function citations(annotations: readonly AnnotationOut[]): AnnotationOut[] {
  const seen = new Set<string>();
  const out: AnnotationOut[] = [];
  for (const a of annotations) {
    if (seen.has(a.source.id)) continue;
    seen.add(a.source.id);
    // The source's metadata is in the file's `sources`, which citations read; this names it.
    const { id, outlet, titleKind, date, datePrecision, dateInferred } = a.source;
    out.push({
      id: a.id,
      summary: "",
      quotes: [],
      topic: a.topic,
      source: { id, outlet, title: "", titleKind, date, datePrecision, dateInferred },
    });
  }
  return out;
}

const liteHistory = (history: readonly HistoryEvent[]): HistoryEvent[] =>
  history.map(({ date, datePrecision, kind, status }) => ({
    date,
    datePrecision,
    kind,
    label: "",
    ...(status ? { status } : {}),
    ref: {},
  }));

function liteSegment(p: SegmentProps, lang: Lang): SegmentProps {
  const {
    description: _d,
    routeNote: _r,
    mapNote: _m,
    gauge: _g,
    transitHours: _t,
    referenceLength: _l,
    ...kept
  } = p;
  return {
    ...kept,
    facts: [],
    names: namesIn(p.names, lang),
    history: liteHistory(p.history),
    annotations: citations(p.annotations),
  };
}

/** Only the file's own language of the flat map labels (`label_<lang>`, src/i18n/localLabel.ts). */
function labelsIn(p: NodeProps, lang: Lang): Partial<NodeProps> {
  const key = `label_${lang}` as keyof NodeProps;
  const own = lang === DEFAULT_LANG ? undefined : p[key];
  return own === undefined ? {} : { [key]: own };
}

function liteNode(p: NodeProps, lang: Lang): NodeProps {
  const { note: _n, ...all } = p;
  const kept = Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith("label_"))) as typeof all;
  return {
    ...kept,
    ...labelsIn(p, lang),
    facts: [],
    names: namesIn(p.names, lang),
    history: liteHistory(p.history),
    annotations: citations(p.annotations),
  };
}

/** The lite copy in `lang` (English: no `names`); `texts` are the still embed's, for that language. */
export function liteCorridor(
  collection: CorridorCollection,
  lang: Lang = DEFAULT_LANG,
  texts?: LiteCorridorCollection["texts"],
): LiteCorridorCollection {
  return {
    ...(texts ? { texts } : {}),
    type: "FeatureCollection",
    sources: collection.sources.map((s) => ({ ...s, republished: [] })),
    overview: citations(collection.overview),
    tour: [],
    features: collection.features.map((f) => ({
      ...f,
      geometry: roundGeometry(f.geometry),
      properties:
        f.properties.featureType === "segment"
          ? liteSegment(f.properties as SegmentProps, lang)
          : liteNode(f.properties as NodeProps, lang),
    })),
  };
}
