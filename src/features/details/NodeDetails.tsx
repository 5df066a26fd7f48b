// The details of a place on the corridor: a port, border crossing, terminal or junction.
import type { NodeFeature } from "../../data/corridorTypes.ts";
import { NODE_KINDS_SPEC } from "../../layers/registry.ts";
import { countryName } from "../../ui/format.ts";
import { useRouteHere } from "../route/routeContext.ts";
import { useShownDay } from "../timeline/useShownDay.ts";
import { AnnotationList } from "./AnnotationList.tsx";
import { DetailsFrame } from "./DetailsFrame.tsx";
import { FactList } from "./FactList.tsx";
import { HistoryList } from "./HistoryList.tsx";

export function NodeDetails({ node, onClose }: { node: NodeFeature; onClose: () => void }) {
  const p = node.properties;
  const shown = useShownDay();
  const routeHere = useRouteHere();
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
      {routeHere && (
        <div className="details-actions">
          <button type="button" onClick={() => routeHere("from", p.id)}>
            Route from here
          </button>
          <button type="button" onClick={() => routeHere("to", p.id)}>
            Route to here
          </button>
        </div>
      )}
      {p.note && (
        <p className="route-note" role="note">
          {p.note}
        </p>
      )}
      <HistoryList history={p.history ?? []} day={shown.day} />
      <AnnotationList annotations={p.annotations} />
      <FactList facts={p.facts} />
    </DetailsFrame>
  );
}
