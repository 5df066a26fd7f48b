// The details panel of a segment (PRODUCT.md: region "Segment details" whose h2 is its name).
import type { SegmentFeature } from "../../data/corridorTypes.ts";
import { KINDS, ROLE_LABELS, STATUS_SPECS } from "../../layers/registry.ts";
import { ExternalLink } from "../../ui/ExternalLink.tsx";
import { countryName, formatKm } from "../../ui/format.ts";
import { LineSwatch } from "../../ui/LineSwatch.tsx";
import { AnnotationList } from "./AnnotationList.tsx";
import { DetailsFrame } from "./DetailsFrame.tsx";
import { FactList } from "./FactList.tsx";

export function SegmentDetails({ segment, onClose }: { segment: SegmentFeature; onClose: () => void }) {
  const p = segment.properties;
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
            <span className={`status status-${p.status}`}>{STATUS_SPECS[p.status].label}</span>
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
              {formatKm(p.referenceLength.km)}{" "}
              <span className="fact-ref">
                {p.referenceLength.ref.url && (
                  <ExternalLink href={p.referenceLength.ref.url}>source</ExternalLink>
                )}
                {p.referenceLength.ref.note && (
                  <span className="fact-note"> {p.referenceLength.ref.note}</span>
                )}
              </span>
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
      <AnnotationList annotations={p.annotations} />
      <FactList facts={p.facts} />
    </DetailsFrame>
  );
}
