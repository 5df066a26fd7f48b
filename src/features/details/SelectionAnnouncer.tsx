// Tells screen-reader users what was selected, wherever the selection came from.

import { useAppStore } from "../../state/StoreContext.tsx";
import { selectedNode, selectedSegment } from "../../state/selectors.ts";

export function SelectionAnnouncer() {
  const segment = useAppStore(selectedSegment);
  const node = useAppStore(selectedNode);
  const text = segment
    ? `Selected segment: ${segment.properties.name}. ${segment.properties.annotations.length} annotations.`
    : node
      ? `Selected place: ${node.properties.name}.`
      : "";
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {text}
    </p>
  );
}
