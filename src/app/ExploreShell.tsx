// The explore layout: header, segment list, map with legend, details panel.

import { type CSSProperties, lazy, Suspense, useEffect, useId, useRef } from "react";
import type { Corridor } from "../data/corridor.ts";
import { INLINE_DATA } from "../data/inlineData.ts";
import { ChangesPanel } from "../features/changes/ChangesPanel.tsx";
import { DetailsPanel } from "../features/details/DetailsPanel.tsx";
import { EditContext } from "../features/details/editContext.ts";
import { SelectionAnnouncer } from "../features/details/SelectionAnnouncer.tsx";
import { Legend } from "../features/legend/Legend.tsx";
import { PlaceList } from "../features/list/PlaceList.tsx";
import { SEGMENT_LIST_HEADING_ID, SegmentList } from "../features/list/SegmentList.tsx";
import { Overview } from "../features/overview/Overview.tsx";
import { PrintFooter, PrintHeader, usePrintSize } from "../features/print/PrintFrame.tsx";
import { RouteButton, RouteHereProvider } from "../features/route/RouteButton.tsx";
import { RoutePanel } from "../features/route/RoutePanel.tsx";
import { SearchBox } from "../features/search/SearchBox.tsx";
import { PhoneTimeline } from "../features/timeline/PhoneTimeline.tsx";
import { Timeline } from "../features/timeline/Timeline.tsx";
import { useI18n } from "../i18n/i18nContext.ts";
import { LanguageMenu } from "../i18n/LanguageMenu.tsx";
import type { MapControllerApi } from "../map/controllerApi.ts";
import { MapView } from "../map/MapView.tsx";
import { useAppStore, useStoreApi } from "../state/StoreContext.tsx";
import { selectShownCorridor } from "../state/selectors.ts";
import { ErrorBoundary } from "../ui/ErrorBoundary.tsx";
import { type Rect, rectWithin } from "../ui/freeArea.ts";
import {
  DETAILS_PANEL_WIDTH,
  PANEL_MARGIN,
  PHONE_QUERY,
  SHEET_HALF_SHARE,
  SHEET_QUERY,
} from "../ui/layout.ts";
import { matchesMedia, useMediaQuery } from "../ui/useMediaQuery.ts";

// Loaded on demand: none of these is needed for the first paint.
const SourceReader = lazy(() => import("../features/reader/SourceReader.tsx"));
const ShareDialog = lazy(() => import("../features/share/ShareDialog.tsx"));
const ExportDialog = lazy(() => import("../features/export/ExportDialog.tsx"));
// The editor carries the data check (zod): it is fetched when someone opens it.
const EditorPanel = lazy(() => import("../editor/ui/EditorPanel.tsx"));
/** The one-file build has no data files beside it for the editor to check against. */
const EDITOR_AVAILABLE = !INLINE_DATA;

export function ExploreShell({ corridor }: { corridor: Corridor }) {
  const overlay = useAppStore((s) => s.overlay);
  const openDialog = useAppStore((s) => s.openDialog);
  const closeOverlay = useAppStore((s) => s.closeOverlay);
  const editor = useAppStore((s) => s.editor);
  const openEditor = useAppStore((s) => s.openEditor);
  const closeEditor = useAppStore((s) => s.closeEditor);
  const addSourceRef = useRef<HTMLButtonElement>(null);
  const { t } = useI18n();
  // The published data with this browser's drafts in it, for what reads annotations: the details
  // (through the store's selectors), the overview and the reader. The map and the exports keep to
  // the published data.
  const shown = useAppStore(selectShownCorridor) ?? corridor;
  // "Edit" on an annotation or a source (the editor resumes a draft of it already under way).
  const editSource = (sourceId: string, annotationId?: string) =>
    openEditor({ type: "edit", sourceId, ...(annotationId === undefined ? {} : { annotationId }) });
  const legendRef = useRef<HTMLElement>(null);
  const controllerRef = useRef<MapControllerApi | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  const store = useStoreApi();
  usePrintSize(mainRef);
  // What covers the map, for the free area every camera move fits into: the legend as it is, and
  // the details as they are about to be (the camera starts before they are drawn): a panel over
  // the map's right side, or on narrow screens a bottom sheet opening half way.
  const obstacles = (box: HTMLElement): Rect[] => {
    const rects = legendRef.current ? [rectWithin(legendRef.current, box)] : [];
    if (store.getState().selection.type === "none") return rects;
    const { clientWidth: w, clientHeight: h } = box;
    rects.push(
      matchesMedia(SHEET_QUERY)
        ? { left: 0, right: w, top: Math.round(h * (1 - SHEET_HALF_SHARE)), bottom: h }
        : { left: w - DETAILS_PANEL_WIDTH - PANEL_MARGIN, right: w, top: 0, bottom: h },
    );
    return rects;
  };
  // Phones: the overview and the lists live in a drawer over the map, opened by "List". Choosing
  // something in it closes it, so the map and the details sheet show what was chosen.
  const phone = useMediaQuery(PHONE_QUERY);
  // Where the details are a sheet, the timeline opens over the map from its corner instead of
  // taking a row under it, so the map and the sheet keep the whole height.
  const sheet = useMediaQuery(SHEET_QUERY);
  const drawerOpen = useAppStore((s) => s.drawerOpen);
  // The Route region heads the sidebar (on phones, the drawer) while open: it covers no map.
  const routeOpen = useAppStore((s) => s.routeForm !== null);
  const setRouteForm = useAppStore((s) => s.setRouteForm);
  const setDrawerOpen = useAppStore((s) => s.setDrawerOpen);
  const drawerId = useId();
  const drawerRef = useRef<HTMLElement>(null);
  const drawerToggleRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(drawerOpen);
  // A choice in the drawer closes it (src/app/reactions.ts). Focus follows the choice to the
  // details, instead of being lost with the hidden drawer.
  useEffect(() => {
    const closed = wasOpen.current && !drawerOpen;
    wasOpen.current = drawerOpen;
    if (!closed || store.getState().selection.type === "none") return;
    const active = document.activeElement;
    if (active === document.body || drawerRef.current?.contains(active))
      mainRef.current?.querySelector<HTMLElement>(".details h2")?.focus();
  }, [drawerOpen, store]);
  const addSource = (
    <button
      ref={addSourceRef}
      type="button"
      aria-pressed={editor !== null}
      onClick={() => (editor ? closeEditor() : openEditor({ type: "new" }))}
    >
      {t("app.addSource")}
    </button>
  );
  const kindsPresent = new Set(corridor.segments.map((s) => s.properties.kind));
  return (
    <EditContext.Provider value={EDITOR_AVAILABLE ? editSource : null}>
      <div
        className="shell"
        data-editor={editor ? "open" : undefined}
        data-route={routeOpen ? "open" : undefined}
        style={{ "--panel-w": `${DETAILS_PANEL_WIDTH}px` } as CSSProperties}
      >
        <header className="app-header">
          {/* The first Tab stop: past the overview's annotations straight to the list. A button, not
            an in-page link, because the address's hash holds the map's state. */}
          <button
            type="button"
            className="skip-link"
            onClick={() => document.getElementById(SEGMENT_LIST_HEADING_ID)?.focus()}
          >
            {t("app.skipToList")}
          </button>
          <h1>{t("app.title")}</h1>
          {phone && <LanguageMenu />}
          <p className="app-subtitle">
            <span>{t("app.subtitle")}</span>
          </p>
          {/* On phones it heads the drawer instead (below). It searches the published data. */}
          {!phone && (
            <ErrorBoundary name="search" className="search">
              <SearchBox corridor={corridor} />
            </ErrorBoundary>
          )}
          <div className="app-actions">
            {phone && (
              <button
                ref={drawerToggleRef}
                type="button"
                className="drawer-toggle"
                aria-expanded={drawerOpen}
                aria-controls={drawerId}
                onClick={() => setDrawerOpen(!drawerOpen)}
              >
                <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                  <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" strokeWidth="2" />
                </svg>
                {t("app.list")}
              </button>
            )}
            {!phone && <RouteButton />}
            {EDITOR_AVAILABLE && !phone && addSource}
            <button type="button" onClick={() => openDialog("share")}>
              {t("app.share")}
            </button>
            <button type="button" onClick={() => openDialog("export")}>
              {t("app.export")}
            </button>
            <a className="button-link" href={`?present=1${window.location.hash}`}>
              {t("app.present")}
            </a>
          </div>
          {!phone && <LanguageMenu />}
        </header>
        <aside
          ref={drawerRef}
          id={drawerId}
          className="sidebar"
          data-drawer={drawerOpen ? "open" : "closed"}
          onKeyDown={(e) => {
            if (e.key !== "Escape" || !phone || !drawerOpen) return;
            e.preventDefault();
            setDrawerOpen(false);
            drawerToggleRef.current?.focus();
          }}
        >
          {phone && (
            <ErrorBoundary name="search">
              <SearchBox corridor={corridor} inDrawer />
            </ErrorBoundary>
          )}
          {/* On phones the header has no room for these: they head the list drawer. */}
          {phone && (
            <div className="drawer-add-source">
              <RouteButton />
              {EDITOR_AVAILABLE && addSource}
            </div>
          )}
          {routeOpen && (
            <ErrorBoundary name="route" onClose={() => setRouteForm(null)}>
              <RoutePanel corridor={corridor} />
            </ErrorBoundary>
          )}
          <ErrorBoundary name="changes">
            <ChangesPanel corridor={corridor} />
          </ErrorBoundary>
          <ErrorBoundary name="overview">
            <Overview corridor={shown} onEdit={EDITOR_AVAILABLE ? editSource : undefined} />
          </ErrorBoundary>
          <ErrorBoundary name="segments">
            <SegmentList corridor={corridor} />
          </ErrorBoundary>
          <ErrorBoundary name="places">
            <PlaceList corridor={corridor} />
          </ErrorBoundary>
        </aside>
        {editor && (
          <ErrorBoundary name="editor" className="editor-panel" onClose={closeEditor}>
            <Suspense fallback={<p className="editor-panel">{t("app.loadingEditor")}</p>}>
              <EditorPanel
                corridor={corridor}
                request={editor}
                onClose={() => {
                  closeEditor();
                  addSourceRef.current?.focus();
                }}
              />
            </Suspense>
          </ErrorBoundary>
        )}
        <PrintHeader corridor={corridor} />
        <main className="main" ref={mainRef}>
          <ErrorBoundary name="map" className="map-wrap">
            <MapView
              corridor={corridor}
              obstacles={obstacles}
              onController={(c) => {
                controllerRef.current = c;
              }}
            />
          </ErrorBoundary>
          <ErrorBoundary name="legend" className="legend">
            <Legend ref={legendRef} kindsPresent={kindsPresent} />
          </ErrorBoundary>
          {sheet && <PhoneTimeline corridor={corridor} />}
          <RouteHereProvider>
            <DetailsPanel sheetQuery={SHEET_QUERY} />
          </RouteHereProvider>
        </main>
        {!sheet && (
          <ErrorBoundary name="timeline" className="timeline-error">
            <Timeline corridor={corridor} />
          </ErrorBoundary>
        )}
        <PrintFooter corridor={corridor} />
        <SelectionAnnouncer />
        {overlay.type === "dialog" && overlay.dialog === "share" && (
          <ErrorBoundary name="share" className="panel-error-floating" onClose={closeOverlay}>
            <Suspense fallback={null}>
              <ShareDialog onClose={closeOverlay} />
            </Suspense>
          </ErrorBoundary>
        )}
        {overlay.type === "dialog" && overlay.dialog === "export" && (
          <ErrorBoundary name="export" className="panel-error-floating" onClose={closeOverlay}>
            <Suspense fallback={null}>
              <ExportDialog
                corridor={corridor}
                withDrafts={shown === corridor ? null : shown}
                getController={() => controllerRef.current}
                getMapSize={() => ({
                  width: mainRef.current?.clientWidth ?? 1000,
                  height: mainRef.current?.clientHeight ?? 700,
                })}
                onClose={closeOverlay}
              />
            </Suspense>
          </ErrorBoundary>
        )}
        {overlay.type === "reader" && (
          <ErrorBoundary
            key={`${overlay.sourceId}:${overlay.annotationId}`}
            name="reader"
            className="panel-error-floating"
            onClose={closeOverlay}
          >
            <Suspense fallback={null}>
              <SourceReader
                corridor={shown}
                sourceId={overlay.sourceId}
                annotationId={overlay.annotationId}
              />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
    </EditContext.Provider>
  );
}
