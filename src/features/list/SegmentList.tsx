// The segment list (PRODUCT.md: nav "Segments", one button per segment whose text starts with
// its name), in corridor order and grouped by kind. Hidden layer groups hide their entries.
import { useDeferredValue, useMemo } from "react";
import type { Corridor } from "../../data/corridor.ts";
import type { SegmentFeature } from "../../data/corridorTypes.ts";
import type { SegmentKind } from "../../data/vocabulary.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { localName } from "../../i18n/localName.ts";
import { KIND_ORDER, KINDS, STATUS_SPECS } from "../../layers/registry.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { visibleSegments } from "../../state/selectors.ts";
import { formatKm } from "../../ui/format.ts";
import { LineSwatch } from "../../ui/LineSwatch.tsx";
import { ListRow } from "./ListRow.tsx";

/** The skip button at the top of the page moves focus here. */
export const SEGMENT_LIST_HEADING_ID = "segment-list-heading";

/** Above this many segments the list is filled in after the first paint. */
const LONG_LIST = 500;
const NO_GROUPS: [SegmentKind, SegmentFeature[]][] = [];

function groupByKind(segments: SegmentFeature[]): [SegmentKind, SegmentFeature[]][] {
  return KIND_ORDER.map(
    (kind) => [kind, segments.filter((s) => s.properties.kind === kind)] as [SegmentKind, SegmentFeature[]],
  ).filter(([, list]) => list.length > 0);
}

export function SegmentList({ corridor }: { corridor: Corridor }) {
  const groups = useAppStore((s) => s.visibleGroups);
  // Recomputed only when the data or the visible layers change, not on selection.
  const all = useMemo(() => groupByKind(visibleSegments(corridor, groups)), [corridor, groups]);
  // A long list (thousands of segments) is first drawn empty and filled in right after, so the
  // map starts without waiting for it; a list of the usual size is there from the first paint.
  const byKind = useDeferredValue(all, corridor.segments.length > LONG_LIST ? NO_GROUPS : all);
  const filling = byKind !== all;
  const { t, lang, formats } = useI18n();

  return (
    <nav aria-label={t("list.segments")} className="segment-list">
      <h2 id={SEGMENT_LIST_HEADING_ID} className="panel-heading" tabIndex={-1}>
        {t("list.segments")}
      </h2>
      {filling && <p className="muted">{t("list.filling", { count: corridor.segments.length })}</p>}
      {!filling && byKind.length === 0 && <p className="muted">{t("list.allOff")}</p>}
      {byKind.map(([kind, list]) => (
        <section key={kind} className="segment-group" aria-labelledby={`kind-${kind}`}>
          <h3 id={`kind-${kind}`} className="segment-group-title">
            <LineSwatch kind={kind} width={28} /> {t(KINDS[kind].labelKey)}
          </h3>
          <ul>
            {list.map(({ properties: p }) => (
              <ListRow
                key={p.id}
                type="segment"
                id={p.id}
                name={localName(p, lang)}
                meta={`${t(STATUS_SPECS[p.status].labelKey)} · ${formatKm(p.lengthKm, formats)}`}
              />
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
