// The details panel of a segment (PRODUCT.md: region "Segment details" whose h2 is its name).
import type { SegmentFeature } from "../../data/corridorTypes.ts";
import { KINDS, STATUS_SPECS } from "../../layers/registry.ts";
import { countryName, formatKm } from "../../ui/format.ts";
import { LineSwatch } from "../../ui/LineSwatch.tsx";
import { AnnotationList } from "./AnnotationList.tsx";
import { DetailsFrame } from "./DetailsFrame.tsx";
import { FactList } from "./FactList.tsx";

export function SegmentDetails({ segment, onClose }: { segment: SegmentFeature; onClose: () => void }) {
  const p = segment.properties;
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
            <span className={`status status-${p.status}`}>{STATUS_SPECS[p.status].label}</span>
          </dd>
        </div>
        <div>
          <dt>Route</dt>
          <dd>
            {p.fromName} → {p.toName}
          </dd>
        </div>
        <div>
          <dt>Countries</dt>
          <dd>{p.countries.map(countryName).join(", ")}</dd>
        </div>
        <div>
          <dt>Length</dt>
          <dd>
            {formatKm(p.lengthKm)} <span className="muted small">along the drawn line</span>
          </dd>
        </div>
      </dl>
      {p.routeNote && (
        <p className="route-note" role="note">
          {p.routeNote}
        </p>
      )}
      {p.description && <p className="details-description">{p.description}</p>}
      <AnnotationList annotations={p.annotations} />
      <FactList facts={p.facts} />
    </DetailsFrame>
  );
}
