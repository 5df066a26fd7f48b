// What search finds: one document per place, segment, annotation and source, with the fields
// the index reads (names weigh most, then their context, then full text) and what a result
// shows and does. Pure: no React, no index library. A place or segment is found by its name in
// any of the languages (one index for all of them, built once); what a result shows is said in
// the reader's language when it is drawn (searchWords.ts), from the `about` data kept here.
import type { Corridor } from "../../data/corridor.ts";
import type { AnnotationOut, SourceRef } from "../../data/corridorTypes.ts";
import type { NodeKind, SegmentKind, Topic } from "../../data/vocabulary.ts";
import { en } from "../../i18n/catalogues/en.ts";
import { countryNameIn } from "../../i18n/countryName.ts";
import { LANGUAGE_CODES } from "../../i18n/languages.ts";
import type { HasNames } from "../../i18n/localName.ts";
import { KINDS, NODE_KINDS_SPEC } from "../../layers/registry.ts";
import type { Selection } from "../../state/types.ts";
import { countryName } from "../../ui/format.ts";

/** In the order the results list them. */
export const SEARCH_KINDS = ["place", "segment", "annotation", "source"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchDoc {
  /** Unique across kinds ("place:aktau"): the index's id. */
  key: string;
  kind: SearchKind;
  /** The place's, segment's, annotation's or source's own id. */
  id: string;
  /** The result's first line in English (ties in ranking; searchWords.ts says it to the reader). */
  title: string;
  /** Indexed, weighed most: names and labels. */
  names: string;
  /** Indexed: countries, end places, kinds, outlets. */
  context: string;
  /** Indexed: full text (an annotation's summary and quotes, a source's title). */
  text: string;
  /** An annotation's passages (summary first, then quotes), for its snippet. */
  passages?: readonly string[];
  /**
   * What choosing it selects: a place or segment itself, an annotation's first segment (else
   * place); null for a source and a corridor-wide annotation, which open the reader.
   */
  target: Selection | null;
  /** The source a reader opens on. */
  sourceId?: string;
  /** What its lines are made of, to say them in the reader's language (searchWords.ts). */
  about: SearchAbout;
}

/** The data a result's title and detail are said from. */
export type SearchAbout =
  | { type: "place"; names: HasNames; nodeKind: NodeKind; country: string }
  | { type: "segment"; names: HasNames; kind: SegmentKind; from: HasNames; to: HasNames }
  | {
      type: "annotation";
      /** The place or segment it is on; null for the corridor as a whole. */
      on: HasNames | null;
      topic: Topic;
      outlet: string;
      source: Pick<SourceRef, "date" | "datePrecision" | "dateInferred">;
    }
  | { type: "source"; outlet: string; source: Pick<SourceRef, "date" | "datePrecision" | "dateInferred"> };

const unique = (xs: readonly string[]) => [...new Set(xs.filter((x) => x.length > 0))];

/** A name in every language, for the index: "Baku Баку Bakü Bakı 巴库". */
const allNames = (entry: HasNames) => unique([entry.name, ...Object.values(entry.names ?? {})]);

/** A country in every language: searching "Казахстан" finds its places too. */
const allCountryNames = (code: string) => unique(LANGUAGE_CODES.map((l) => countryNameIn(code, l)));

type AnnotationTarget = { selection: Selection; name: string; names: HasNames };

function annotationDoc(a: AnnotationOut, target: AnnotationTarget | null): SearchDoc {
  const passages = [a.summary, ...a.quotes];
  return {
    key: `annotation:${a.id}`,
    kind: "annotation",
    id: a.id,
    title: target ? target.name : en["search.wholeCorridor"],
    names: "",
    context: `${a.topic} ${a.source.outlet}`,
    text: passages.join("\n"),
    passages,
    target: target?.selection ?? null,
    sourceId: a.source.id,
    about: {
      type: "annotation",
      on: target?.names ?? null,
      topic: a.topic,
      outlet: a.source.outlet,
      source: a.source,
    },
  };
}

/** A segment's end place's names; only the English one when the data has no such place. */
function nodeNames(corridor: Corridor, id: string, english: string): HasNames {
  return corridor.nodeById.get(id)?.properties ?? { name: english };
}

export function searchDocs(corridor: Corridor): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const n of corridor.nodes) {
    const p = n.properties;
    const kind = NODE_KINDS_SPEC[p.kind].label;
    docs.push({
      key: `place:${p.id}`,
      kind: "place",
      id: p.id,
      title: p.name,
      names: unique([...allNames(p), p.label ?? ""]).join(" "),
      context: [...allCountryNames(p.country), p.country, kind].join(" "),
      text: "",
      target: { type: "node", id: p.id },
      about: { type: "place", names: p, nodeKind: p.kind, country: p.country },
    });
  }
  for (const s of corridor.segments) {
    const p = s.properties;
    docs.push({
      key: `segment:${p.id}`,
      kind: "segment",
      id: p.id,
      title: p.name,
      names: allNames(p).join(" "),
      context: [p.fromName, p.toName, KINDS[p.kind].label, ...p.countries.map(countryName)].join(" "),
      text: "",
      target: { type: "segment", id: p.id },
      about: {
        type: "segment",
        names: p,
        kind: p.kind,
        from: nodeNames(corridor, p.from, p.fromName),
        to: nodeNames(corridor, p.to, p.toName),
      },
    });
  }
  // An annotation may sit on several segments and places (and the 100× data repeats each on
  // every copy): one result, for the first segment it belongs to, else the first place.
  const annotations = new Map<string, SearchDoc>();
  const addAnnotation = (a: AnnotationOut, target: AnnotationTarget | null) => {
    if (!annotations.has(a.id)) annotations.set(a.id, annotationDoc(a, target));
  };
  for (const s of corridor.segments)
    for (const a of s.properties.annotations)
      addAnnotation(a, {
        selection: { type: "segment", id: s.properties.id },
        name: s.properties.name,
        names: s.properties,
      });
  for (const n of corridor.nodes)
    for (const a of n.properties.annotations)
      addAnnotation(a, {
        selection: { type: "node", id: n.properties.id },
        name: n.properties.name,
        names: n.properties,
      });
  for (const a of corridor.collection.overview) addAnnotation(a, null);
  docs.push(...annotations.values());
  for (const src of corridor.sources) {
    docs.push({
      key: `source:${src.id}`,
      kind: "source",
      id: src.id,
      title: src.title,
      names: src.title,
      context: `${src.outlet} ${src.dateline}`,
      text: "",
      target: null,
      sourceId: src.id,
      about: { type: "source", outlet: src.outlet, source: src },
    });
  }
  return docs;
}
