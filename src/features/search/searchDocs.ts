// What search finds: one document per place, segment, annotation and source, with the fields
// the index reads (names weigh most, then their context, then full text) and what a result
// shows and does. Pure: no React, no index library.
import type { Corridor } from "../../data/corridor.ts";
import type { AnnotationOut } from "../../data/corridorTypes.ts";
import { KINDS, NODE_KINDS_SPEC } from "../../layers/registry.ts";
import type { Selection } from "../../state/types.ts";
import { countryName, formatSourceDate } from "../../ui/format.ts";

/** In the order the results list them. */
export const SEARCH_KINDS = ["place", "segment", "annotation", "source"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchDoc {
  /** Unique across kinds ("place:aktau"): the index's id. */
  key: string;
  kind: SearchKind;
  /** The place's, segment's, annotation's or source's own id. */
  id: string;
  /** The result's first line. */
  title: string;
  /** Its second line: kind and country, route, where an annotation is, outlet and date. */
  detail: string;
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
}

const unique = (xs: readonly string[]) => [...new Set(xs.filter((x) => x.length > 0))];

function annotationDoc(a: AnnotationOut, target: { selection: Selection; name: string } | null): SearchDoc {
  const passages = [a.summary, ...a.quotes];
  return {
    key: `annotation:${a.id}`,
    kind: "annotation",
    id: a.id,
    title: target ? target.name : "The corridor as a whole",
    detail: `${a.topic} · ${a.source.outlet}, ${formatSourceDate(a.source)}`,
    names: "",
    context: `${a.topic} ${a.source.outlet}`,
    text: passages.join("\n"),
    passages,
    target: target?.selection ?? null,
    sourceId: a.source.id,
  };
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
      detail: `${kind}, ${countryName(p.country)}`,
      names: unique([p.name, p.label]).join(" "),
      context: `${countryName(p.country)} ${p.country} ${kind}`,
      text: "",
      target: { type: "node", id: p.id },
    });
  }
  for (const s of corridor.segments) {
    const p = s.properties;
    docs.push({
      key: `segment:${p.id}`,
      kind: "segment",
      id: p.id,
      title: p.name,
      detail: `${KINDS[p.kind].label}, ${p.fromName} → ${p.toName}`,
      names: p.name,
      context: [p.fromName, p.toName, KINDS[p.kind].label, ...p.countries.map(countryName)].join(" "),
      text: "",
      target: { type: "segment", id: p.id },
    });
  }
  // An annotation may sit on several segments and places (and the 100× data repeats each on
  // every copy): one result, for the first segment it belongs to, else the first place.
  const annotations = new Map<string, SearchDoc>();
  const addAnnotation = (a: AnnotationOut, target: { selection: Selection; name: string } | null) => {
    if (!annotations.has(a.id)) annotations.set(a.id, annotationDoc(a, target));
  };
  for (const s of corridor.segments)
    for (const a of s.properties.annotations)
      addAnnotation(a, { selection: { type: "segment", id: s.properties.id }, name: s.properties.name });
  for (const n of corridor.nodes)
    for (const a of n.properties.annotations)
      addAnnotation(a, { selection: { type: "node", id: n.properties.id }, name: n.properties.name });
  for (const a of corridor.collection.overview) addAnnotation(a, null);
  docs.push(...annotations.values());
  for (const src of corridor.sources) {
    docs.push({
      key: `source:${src.id}`,
      kind: "source",
      id: src.id,
      title: src.title,
      detail: `${src.outlet}, ${formatSourceDate(src)}`,
      names: src.title,
      context: `${src.outlet} ${src.dateline}`,
      text: "",
      target: null,
      sourceId: src.id,
    });
  }
  return docs;
}
