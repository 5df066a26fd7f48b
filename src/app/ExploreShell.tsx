// The explore layout: header, segment list, map with legend, details panel.

import { type CSSProperties, lazy, Suspense, useRef } from "react";
import type { Corridor } from "../data/corridor.ts";
import { DetailsPanel } from "../features/details/DetailsPanel.tsx";
import { SelectionAnnouncer } from "../features/details/SelectionAnnouncer.tsx";
import { Legend } from "../features/legend/Legend.tsx";
import { PlaceList } from "../features/list/PlaceList.tsx";
import { SEGMENT_LIST_HEADING_ID, SegmentList } from "../features/list/SegmentList.tsx";
import { Overview } from "../features/overview/Overview.tsx";
import { PrintFooter, PrintHeader, usePrintSize } from "../features/print/PrintFrame.tsx";
import type { MapControllerApi } from "../map/controllerApi.ts";
import { MapView } from "../map/MapView.tsx";
import { useAppStore } from "../state/StoreContext.tsx";
import { DETAILS_PANEL_WIDTH } from "../ui/layout.ts";

// Loaded on demand: none of these is needed for the first paint.
const SourceReader = lazy(() => import("../features/reader/SourceReader.tsx"));
const ShareDialog = lazy(() => import("../features/share/ShareDialog.tsx"));
const ExportDialog = lazy(() => import("../features/export/ExportDialog.tsx"));

export function ExploreShell({ corridor }: { corridor: Corridor }) {
  const reader = useAppStore((s) => s.reader);
  const dialog = useAppStore((s) => s.dialog);
  const openDialog = useAppStore((s) => s.openDialog);
  const closeDialog = useAppStore((s) => s.closeDialog);
  const legendRef = useRef<HTMLElement>(null);
  const controllerRef = useRef<MapControllerApi | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  usePrintSize(mainRef);
  // The legend floats over the bottom left of the map; fitted views keep clear of it.
  const overlayInsets = () => ({ bottom: (legendRef.current?.offsetHeight ?? 0) + 12 });
  const kindsPresent = new Set(corridor.segments.map((s) => s.properties.kind));
  return (
    <div className="shell" style={{ "--panel-w": `${DETAILS_PANEL_WIDTH}px` } as CSSProperties}>
      <header className="app-header">
        {/* The first Tab stop: past the overview's annotations straight to the list. A button, not
            an in-page link, because the address's hash holds the map's state. */}
        <button
          type="button"
          className="skip-link"
          onClick={() => document.getElementById(SEGMENT_LIST_HEADING_ID)?.focus()}
        >
          Skip to the segment list
        </button>
        <h1>Middle Corridor Map</h1>
        <p className="app-subtitle">
          Rail, sea, cable and pipeline links from China to Europe, with what the sources say
        </p>
        <div className="app-actions">
          <button type="button" onClick={() => openDialog("share")}>
            Share
          </button>
          <button type="button" onClick={() => openDialog("export")}>
            Export
          </button>
          <a className="button-link" href={`?present=1${window.location.hash}`}>
            Present
          </a>
        </div>
      </header>
      <aside className="sidebar">
        <Overview corridor={corridor} />
        <SegmentList corridor={corridor} />
        <PlaceList corridor={corridor} />
      </aside>
      <PrintHeader corridor={corridor} />
      <main className="main" ref={mainRef}>
        <MapView
          corridor={corridor}
          overlayInsets={overlayInsets}
          onController={(c) => {
            controllerRef.current = c;
          }}
        />
        <Legend ref={legendRef} kindsPresent={kindsPresent} />
        <DetailsPanel />
      </main>
      <PrintFooter corridor={corridor} />
      <SelectionAnnouncer />
      {dialog === "share" && (
        <Suspense fallback={null}>
          <ShareDialog onClose={closeDialog} />
        </Suspense>
      )}
      {dialog === "export" && (
        <Suspense fallback={null}>
          <ExportDialog
            corridor={corridor}
            getController={() => controllerRef.current}
            getMapSize={() => ({
              width: mainRef.current?.clientWidth ?? 1000,
              height: mainRef.current?.clientHeight ?? 700,
            })}
            onClose={closeDialog}
          />
        </Suspense>
      )}
      {reader && (
        <Suspense fallback={null}>
          <SourceReader
            key={`${reader.sourceId}:${reader.annotationId}`}
            corridor={corridor}
            sourceId={reader.sourceId}
            annotationId={reader.annotationId}
          />
        </Suspense>
      )}
    </div>
  );
}
