// The places on the corridor (ports, border crossings, terminals…), so that every place the
// map shows can also be reached by keyboard. Folded by default: the segments come first. Its
// rows are made when it is first unfolded, so a large dataset costs nothing until then.
import { useMemo, useState } from "react";
import type { Corridor } from "../../data/corridor.ts";
import type { NodeFeature } from "../../data/corridorTypes.ts";
import { NODE_KINDS } from "../../data/vocabulary.ts";
import { countryNameIn } from "../../i18n/countryName.ts";
import { type I18n, useI18n } from "../../i18n/i18nContext.ts";
import { localName } from "../../i18n/localName.ts";
import { NODE_KINDS_SPEC } from "../../layers/registry.ts";
import { ListRow } from "./ListRow.tsx";

/** Places by kind, each kind in the reader's alphabetical order of the names shown. */
function placesByKind(corridor: Corridor, { lang, locale }: I18n) {
  const collator = new Intl.Collator(locale);
  return NODE_KINDS.map((kind) => ({
    kind,
    nodes: corridor.nodes
      .filter((n) => n.properties.kind === kind)
      .map((n) => ({ node: n, name: localName(n.properties, lang) }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  })).filter((g) => g.nodes.length > 0);
}

const placeMeta = ({ properties: p }: NodeFeature, { lang, t }: I18n) =>
  `${countryNameIn(p.country, lang)}${p.annotations.length > 0 ? ` · ${t("list.annotationCount", { count: p.annotations.length })}` : ""}`;

export function PlaceList({ corridor }: { corridor: Corridor }) {
  const [opened, setOpened] = useState(false);
  const i18n = useI18n();
  const { t, say } = i18n;
  const groups = useMemo(() => (opened ? placesByKind(corridor, i18n) : []), [corridor, opened, i18n]);
  return (
    <nav aria-label={t("list.places")} className="place-list">
      <details onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary className="panel-heading">{t("list.placesCount", { count: corridor.nodes.length })}</summary>
        {groups.map(({ kind, nodes }) => (
          <section key={kind} aria-labelledby={`place-kind-${kind}`} className="segment-group">
            <h3 id={`place-kind-${kind}`} className="segment-group-title">
              {say(NODE_KINDS_SPEC[kind].pluralKey, NODE_KINDS_SPEC[kind].plural)}
            </h3>
            <ul>
              {nodes.map(({ node: n, name }) => (
                <ListRow
                  key={n.properties.id}
                  type="node"
                  id={n.properties.id}
                  name={name}
                  meta={placeMeta(n, i18n)}
                />
              ))}
            </ul>
          </section>
        ))}
      </details>
    </nav>
  );
}
