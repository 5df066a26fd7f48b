// What a search result says, in the reader's language: its title (the name in that language)
// and its second line (kind and country, the segment's ends, topic, outlet and date). Pure.

import { countryNameIn } from "../../i18n/countryName.ts";
import type { I18n } from "../../i18n/i18nContext.ts";
import { localName } from "../../i18n/localName.ts";
import { KINDS, NODE_KINDS_SPEC } from "../../layers/registry.ts";
import { formatSourceDate } from "../../ui/format.ts";
import type { SearchDoc } from "./searchDocs.ts";

export function resultTitle(doc: SearchDoc, i18n: I18n): string {
  const { about } = doc;
  switch (about.type) {
    case "place":
    case "segment":
      return localName(about.names, i18n.lang);
    case "annotation":
      return about.on ? localName(about.on, i18n.lang) : i18n.t("search.wholeCorridor");
    case "source":
      // A source keeps its own title, in its own language.
      return doc.title;
  }
}

export function resultDetail(doc: SearchDoc, i18n: I18n): string {
  const { about } = doc;
  const { lang, say, t, formats } = i18n;
  switch (about.type) {
    case "place": {
      const kind = NODE_KINDS_SPEC[about.nodeKind];
      return t("search.detail", {
        what: say(kind.labelKey, kind.label),
        where: countryNameIn(about.country, lang),
      });
    }
    case "segment": {
      const kind = KINDS[about.kind];
      const ends = `${localName(about.from, lang)} → ${localName(about.to, lang)}`;
      return t("search.detail", { what: say(kind.labelKey, kind.label), where: ends });
    }
    case "annotation":
      return `${t(`topic.${about.topic}`)} · ${t("search.detail", { what: about.outlet, where: formatSourceDate(about.source, formats) })}`;
    case "source":
      return t("search.detail", { what: about.outlet, where: formatSourceDate(about.source, formats) });
  }
}
