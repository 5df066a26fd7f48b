// The panel over the map that shows the selected segment or place; nothing when none is.

import { useAppStore } from "../../state/StoreContext.tsx";
import { selectedNode, selectedSegment } from "../../state/selectors.ts";
import { NO_SELECTION } from "../../state/types.ts";
import { NodeDetails } from "./NodeDetails.tsx";
import { SegmentDetails } from "./SegmentDetails.tsx";

export function DetailsPanel() {
  const segment = useAppStore(selectedSegment);
  const node = useAppStore(selectedNode);
  const select = useAppStore((s) => s.select);
  const close = () => select(NO_SELECTION, "panel");
  if (!segment && !node) return null;
  return (
    <div className="panel">
      {segment ? <SegmentDetails segment={segment} onClose={close} /> : null}
      {node ? <NodeDetails node={node} onClose={close} /> : null}
    </div>
  );
}
