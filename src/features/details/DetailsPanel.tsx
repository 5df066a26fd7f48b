// The panel over the map that shows the selected segment or place; nothing when none is.
// Where `sheetQuery` matches (narrow screens) it is a bottom sheet instead of a side card.

import { useState } from "react";
import { useAppStore } from "../../state/StoreContext.tsx";
import { selectedNode, selectedSegment } from "../../state/selectors.ts";
import { INTENT, NO_SELECTION } from "../../state/types.ts";
import { ErrorBoundary } from "../../ui/ErrorBoundary.tsx";
import { useMediaQuery } from "../../ui/useMediaQuery.ts";
import { NodeDetails } from "./NodeDetails.tsx";
import { SegmentDetails } from "./SegmentDetails.tsx";
import { SheetContext, type SheetSize } from "./sheet.ts";

// i18n-ignore: a media query
export function DetailsPanel({ sheetQuery = "not all" }: { sheetQuery?: string }) {
  const segment = useAppStore(selectedSegment);
  const node = useAppStore(selectedNode);
  const select = useAppStore((s) => s.select);
  const asSheet = useMediaQuery(sheetQuery);
  const [sheet, setSheet] = useState<{ key: string; size: SheetSize }>({ key: "", size: "half" });
  const close = () => select(NO_SELECTION, INTENT.clear);
  if (!segment && !node) return null;
  const details = segment ? (
    <SegmentDetails segment={segment} onClose={close} />
  ) : node ? (
    <NodeDetails node={node} onClose={close} />
  ) : null;
  // Each new selection opens the sheet half way, whatever size the last one was left at.
  const key = segment ? `seg:${segment.properties.id}` : `node:${node?.properties.id}`;
  const size = sheet.key === key ? sheet.size : "half";
  // Its own error boundary: a failure shows in the panel's place, and the next selection retries.
  return (
    <ErrorBoundary name="details" className="panel" resetOn={segment ?? node} onClose={close}>
      {asSheet ? (
        <SheetContext.Provider value={{ size, setSize: (s) => setSheet({ key, size: s }) }}>
          <div className={`panel sheet sheet-${size}`} data-sheet={size}>
            {details}
          </div>
        </SheetContext.Provider>
      ) : (
        <div className="panel">{details}</div>
      )}
    </ErrorBoundary>
  );
}
