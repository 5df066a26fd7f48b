// Chooses what the side panel shows for the current selection.
import type { Corridor } from "../../data/corridor.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { selectedNode, selectedSegment } from "../../state/selectors.ts";
import type { Selection } from "../../state/types.ts";
import { Overview } from "../overview/Overview.tsx";
import { NodeDetails } from "./NodeDetails.tsx";
import { SegmentDetails } from "./SegmentDetails.tsx";

const NONE: Selection = { type: "none" };

export function DetailsPanel({ corridor }: { corridor: Corridor }) {
  const segment = useAppStore(selectedSegment);
  const node = useAppStore(selectedNode);
  const select = useAppStore((s) => s.select);
  const close = () => select(NONE, "panel");
  if (segment) return <SegmentDetails segment={segment} onClose={close} />;
  if (node) return <NodeDetails node={node} onClose={close} />;
  return <Overview corridor={corridor} />;
}
