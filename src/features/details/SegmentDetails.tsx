// The details panel of a segment (PRODUCT.md: region "Segment details" whose h2 is its name).
import type { SegmentFeature } from "../../data/corridorTypes.ts";
import { KINDS, ROLE_LABELS } from "../../layers/registry.ts";
import { countryName, formatKm } from "../../ui/format.ts";
import { LineSwatch } from "../../ui/LineSwatch.tsx";
import { useShownDay } from "../timeline/useShownDay.ts";
import { AnnotationList } from "./AnnotationList.tsx";
import { DetailsFrame } from "./DetailsFrame.tsx";
import { FactList } from "./FactList.tsx";
import { HistoryList } from "./HistoryList.tsx";
import { RefLinks } from "./RefLinks.tsx";
import { StatusAsOf } from "./StatusAsOf.tsx";

export function SegmentDetails({ segment, onClose }: { segment: SegmentFeature; onClose: () => void }) {
  const p = segment.properties;
  const shown = useShownDay();
  const isFlow = KINDS[p.kind].flow;
  return (
    <DetailsFrame label="Segment details" title={p.name} onClose={onClose}>
      <dl className="details-meta">
        <div>
          <dt>Kind</dt>
          <dd>
            <LineSwatch kind={p.kind} status={p.status} /> {KINDS[p.kind].label}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <StatusAsOf history={p.history ?? []} current={p.status} shown={shown} />
          </dd>
        </div>
        {p.role !== "main" && (
          <div>
            <dt>Role</dt>
            <dd>{ROLE_LABELS[p.role]}</dd>
          </div>
        )}
        <div>
          <dt>{isFlow ? "Flow" : "Route"}</dt>
          <dd>
            {p.fromName} → {p.toName}
          </dd>
        </div>
        <div>
          <dt>Countries</dt>
          <dd>{p.countries.map(countryName).join(", ")}</dd>
        </div>
        {!isFlow && (
          <div>
            <dt>Length</dt>
            <dd>
              {formatKm(p.lengthKm)} <span className="muted small">along the drawn line</span>
            </dd>
          </div>
        )}
        {p.referenceLength && (
          <div>
            <dt>Published</dt>
            <dd>
              {formatKm(p.referenceLength.km)} <RefLinks reference={p.referenceLength.ref} />
            </dd>
          </div>
        )}
      </dl>
      {p.routeNote && (
        <p className="route-note" role="note">
          {p.routeNote}
        </p>
      )}
      {p.description && <p className="details-description">{p.description}</p>}
      <HistoryList history={p.history ?? []} day={shown.day} />
      <AnnotationList annotations={p.annotations} />
      <FactList facts={p.facts} />
    </DetailsFrame>
  );
}
