// How the Route region's words are said in the reader's language: t() and the formats, and the
// names of the route's places and segments (localName), looked up by id in the route graph. The
// route itself (src/route/) stays language-neutral data; everything a reader sees of it is said
// here, so the panel, the embed's summary and the outputs say it the same way. Pure.
import { ENGLISH } from "../../i18n/english.ts";
import type { I18n } from "../../i18n/i18nContext.ts";
import { type HasLabel, type LocalLabels, placeLabel } from "../../i18n/localLabel.ts";
import { type HasNames, localName } from "../../i18n/localName.ts";
import type { RouteGraph } from "../../route/routeGraph.ts";

/** The names a route's places and segments have in every language, by id. */
export interface RouteNames {
  place(id: string): (HasLabel & LocalLabels) | undefined;
  segment(id: string): HasNames | undefined;
}

export const graphNames = (graph: Pick<RouteGraph, "places" | "segments">): RouteNames => ({
  place: (id) => graph.places.get(id),
  segment: (id) => graph.segments.get(id),
});

export interface RouteWords extends I18n {
  /**
   * A place's name in the reader's language; `english` where the graph is not known (the id
   * otherwise); `short`: its map label in the reader's language (src/i18n/localLabel.ts).
   */
  place(id: string, english?: string, short?: boolean): string;
  /** Whether the places' names are known (else only the English the data carries is). */
  readonly named: boolean;
  /** A segment's name in the reader's language, else the English given. */
  segment(id: string, english: string): string;
  /** "A and B", "A, B and C" in the reader's language. */
  list(items: readonly string[]): string;
}

export function routeWords(i18n: I18n = ENGLISH, names: RouteNames | null = null): RouteWords {
  const { t, lang } = i18n;
  return {
    ...i18n,
    named: names !== null,
    place(id, english, short = false) {
      const p = names?.place(id);
      if (!p) return english ?? id;
      return short ? placeLabel(p, lang) : localName(p, lang);
    },
    segment(id, english) {
      const s = names?.segment(id);
      return s ? localName(s, lang) : english;
    },
    list(items) {
      if (items.length <= 1) return items[0] ?? "";
      const last = items.at(-1) ?? "";
      return t("route.and", { a: items.slice(0, -1).join(t("route.listSep")), b: last });
    },
  };
}
