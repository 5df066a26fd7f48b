// The panel over the map that shows the selected segment or place; nothing when none is.

import { useAppStore } from "../../state/StoreContext.tsx";
import { selectedNode, selectedSegment } from "../../state/selectors.ts";
import { NO_SELECTION } from "../../state/types.ts";
import { ErrorBoundary } from "../../ui/ErrorBoundary.tsx";
import { NodeDetails } from "./NodeDetails.tsx";
import { SegmentDetails } from "./SegmentDetails.tsx";

export function DetailsPanel() {
  const segment = useAppStore(selectedSegment);
  const node = useAppStore(selectedNode);
  const select = useAppStore((s) => s.select);
  const close = () => select(NO_SELECTION, "panel");
  if (!segment && !node) return null;
  // Its own error boundary: a failure shows in the panel's place, and the next selection retries.
  return (
    <ErrorBoundary name="Details" className="panel" resetOn={segment ?? node} onClose={close}>
      <div className="panel">
        {segment ? <SegmentDetails segment={segment} onClose={close} /> : null}
        {node ? <NodeDetails node={node} onClose={close} /> : null}
      </div>
    </ErrorBoundary>
  );
}
