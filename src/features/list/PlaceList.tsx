// The places on the corridor (ports, border crossings, terminals…), so that every place the
// map shows can also be reached by keyboard. Folded by default: the segments come first. Its
// rows are made when it is first unfolded, so a large dataset costs nothing until then.
import { useMemo, useState } from "react";
import type { Corridor } from "../../data/corridor.ts";
import type { NodeFeature } from "../../data/corridorTypes.ts";
import { NODE_KINDS } from "../../data/vocabulary.ts";
import { NODE_KINDS_SPEC } from "../../layers/registry.ts";
import { countryName } from "../../ui/format.ts";
import { ListRow } from "./ListRow.tsx";

function placesByKind(corridor: Corridor) {
  return NODE_KINDS.map((kind) => ({
    kind,
    nodes: corridor.nodes
      .filter((n) => n.properties.kind === kind)
      .sort((a, b) => a.properties.name.localeCompare(b.properties.name)),
  })).filter((g) => g.nodes.length > 0);
}

const placeMeta = ({ properties: p }: NodeFeature) =>
  `${countryName(p.country)}${p.annotations.length > 0 ? ` · ${p.annotations.length} annotations` : ""}`;

export function PlaceList({ corridor }: { corridor: Corridor }) {
  const [opened, setOpened] = useState(false);
  const groups = useMemo(() => (opened ? placesByKind(corridor) : []), [corridor, opened]);
  return (
    <nav aria-label="Places" className="place-list">
      <details onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary className="panel-heading">Places ({corridor.nodes.length})</summary>
        {groups.map(({ kind, nodes }) => (
          <section key={kind} aria-labelledby={`place-kind-${kind}`} className="segment-group">
            <h3 id={`place-kind-${kind}`} className="segment-group-title">
              {NODE_KINDS_SPEC[kind].plural}
            </h3>
            <ul>
              {nodes.map((n) => (
                <ListRow
                  key={n.properties.id}
                  type="node"
                  id={n.properties.id}
                  name={n.properties.name}
                  meta={placeMeta(n)}
                />
              ))}
            </ul>
          </section>
        ))}
      </details>
    </nav>
  );
}
