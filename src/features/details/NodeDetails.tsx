// The details of a place on the corridor: a port, border crossing, terminal or junction.
import type { NodeFeature } from "../../data/corridorTypes.ts";
import { NODE_KINDS_SPEC } from "../../layers/registry.ts";
import { countryName } from "../../ui/format.ts";
import { AnnotationItem } from "./AnnotationItem.tsx";
import { DetailsFrame } from "./DetailsFrame.tsx";

export function NodeDetails({ node, onClose }: { node: NodeFeature; onClose: () => void }) {
  const p = node.properties;
  return (
    <DetailsFrame label="Place details" title={p.name} onClose={onClose}>
      <dl className="details-meta">
        <div>
          <dt>Kind</dt>
          <dd>{NODE_KINDS_SPEC[p.kind].label}</dd>
        </div>
        <div>
          <dt>Country</dt>
          <dd>{countryName(p.country)}</dd>
        </div>
      </dl>
      {p.note && (
        <p className="route-note" role="note">
          {p.note}
        </p>
      )}
      <section aria-labelledby="annotations-heading">
        <h3 id="annotations-heading">What the sources say ({p.annotations.length})</h3>
        {p.annotations.length === 0 && <p className="muted">No source article speaks of this place yet.</p>}
        {p.annotations.map((a) => (
          <AnnotationItem key={a.id} annotation={a} />
        ))}
      </section>
    </DetailsFrame>
  );
}
