// The segment list (PRODUCT.md: nav "Segments", one button per segment whose text starts with
// its name), in corridor order and grouped by kind. Hidden layer groups hide their entries.

import type { Corridor } from "../../data/corridor.ts";
import type { SegmentFeature } from "../../data/corridorTypes.ts";
import type { SegmentKind } from "../../data/vocabulary.ts";
import { KIND_ORDER, KINDS, STATUS_SPECS } from "../../layers/registry.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { visibleSegments } from "../../state/selectors.ts";
import { formatKm } from "../../ui/format.ts";
import { LineSwatch } from "../../ui/LineSwatch.tsx";

/** The skip button at the top of the page moves focus here. */
export const SEGMENT_LIST_HEADING_ID = "segment-list-heading";

function groupByKind(segments: SegmentFeature[]): [SegmentKind, SegmentFeature[]][] {
  return KIND_ORDER.map(
    (kind) => [kind, segments.filter((s) => s.properties.kind === kind)] as [SegmentKind, SegmentFeature[]],
  ).filter(([, list]) => list.length > 0);
}

export function SegmentList({ corridor }: { corridor: Corridor }) {
  const groups = useAppStore((s) => s.visibleGroups);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const segments = visibleSegments(corridor, groups);
  const selectedId = selection.type === "segment" ? selection.id : null;

  return (
    <nav aria-label="Segments" className="segment-list">
      <h2 id={SEGMENT_LIST_HEADING_ID} className="panel-heading" tabIndex={-1}>
        Segments
      </h2>
      {segments.length === 0 && (
        <p className="muted">All layers are switched off. Switch one on in the legend.</p>
      )}
      {groupByKind(segments).map(([kind, list]) => (
        <section key={kind} className="segment-group" aria-labelledby={`kind-${kind}`}>
          <h3 id={`kind-${kind}`} className="segment-group-title">
            <LineSwatch kind={kind} width={28} /> {KINDS[kind].label}
          </h3>
          <ul>
            {list.map((s) => {
              const p = s.properties;
              const selected = p.id === selectedId;
              return (
                <li key={p.id}>
                  <button
                    type="button"
                    className="segment-button"
                    aria-current={selected ? "true" : undefined}
                    onClick={() => select({ type: "segment", id: p.id }, "list")}
                  >
                    <span className="segment-name">{p.name}</span>
                    <span className="segment-meta">
                      {STATUS_SPECS[p.status].label} · {formatKm(p.lengthKm)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </nav>
  );
}
