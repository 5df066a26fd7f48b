// The places on the corridor (ports, border crossings, terminals…), so that every place the
// map shows can also be reached by keyboard. Folded by default: the segments come first.
import type { Corridor } from "../../data/corridor.ts";
import { NODE_KINDS } from "../../data/vocabulary.ts";
import { NODE_KINDS_SPEC } from "../../layers/registry.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { countryName } from "../../ui/format.ts";

export function PlaceList({ corridor }: { corridor: Corridor }) {
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const selectedId = selection.type === "node" ? selection.id : null;
  return (
    <nav aria-label="Places" className="place-list">
      <details>
        <summary className="panel-heading">Places ({corridor.nodes.length})</summary>
        {NODE_KINDS.map((kind) => {
          const nodes = corridor.nodes
            .filter((n) => n.properties.kind === kind)
            .sort((a, b) => a.properties.name.localeCompare(b.properties.name));
          if (nodes.length === 0) return null;
          return (
            <section key={kind} aria-labelledby={`place-kind-${kind}`} className="segment-group">
              <h3 id={`place-kind-${kind}`} className="segment-group-title">
                {NODE_KINDS_SPEC[kind].plural}
              </h3>
              <ul>
                {nodes.map((n) => (
                  <li key={n.properties.id}>
                    <button
                      type="button"
                      className="segment-button"
                      aria-current={n.properties.id === selectedId ? "true" : undefined}
                      onClick={() => select({ type: "node", id: n.properties.id }, "list")}
                    >
                      <span className="segment-name">{n.properties.name}</span>
                      <span className="segment-meta">
                        {countryName(n.properties.country)}
                        {n.properties.annotations.length > 0
                          ? ` · ${n.properties.annotations.length} annotations`
                          : ""}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </details>
    </nav>
  );
}
