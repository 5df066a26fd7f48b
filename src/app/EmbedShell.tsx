// Embed mode (`?embed=1`): the map alone, at the height the embed code asked for, with a
// compact legend, the credits and an "Open full map" link to the same view. No page header.
import type { CSSProperties } from "react";
import type { Corridor } from "../data/corridor.ts";
import { viewData } from "../data/viewData.ts";
import { DetailsPanel } from "../features/details/DetailsPanel.tsx";
import { SelectionAnnouncer } from "../features/details/SelectionAnnouncer.tsx";
import { CompactLegend } from "../features/legend/CompactLegend.tsx";
import { RouteSummaryTable } from "../features/route/RouteSummaryTable.tsx";
import { selectRouteReport } from "../features/route/routeReport.ts";
import { AsOfBadge } from "../features/timeline/AsOfBadge.tsx";
import { useI18n } from "../i18n/i18nContext.ts";
import { MapView } from "../map/MapView.tsx";
import { useAppStore } from "../state/StoreContext.tsx";
import { ErrorBoundary } from "../ui/ErrorBoundary.tsx";
import { PHONE_QUERY } from "../ui/layout.ts";
import { selectHash } from "../url/selectHash.ts";
import { EmbedCredit, OpenFullMapLink } from "./embedParts.tsx";
import type { EmbedOptions } from "./mode.ts";

export function EmbedShell({ corridor, options }: { corridor: Corridor; options: EmbedOptions }) {
  const groups = useAppStore((s) => s.visibleGroups);
  const hash = useAppStore(selectHash);
  const route = useAppStore(selectRouteReport);
  const { t } = useI18n();
  // The shared view's own lines and sources, as its figure and downloads would list them.
  const view = viewData(corridor, groups);
  const kinds = new Set(view.segments.map((s) => s.properties.kind));

  return (
    <div className="embed-shell" style={{ "--embed-map-h": `${options.height}px` } as CSSProperties}>
      {/* Landmarks and a title for screen-reader users inside the host page's frame. */}
      <h1 className="visually-hidden">{t("app.title")}</h1>
      <main className="embed-map">
        <ErrorBoundary name="map" className="map-wrap">
          <MapView corridor={corridor} interactive={options.interactive} waitForViewport />
        </ErrorBoundary>
        <AsOfBadge />
        {options.interactive && <DetailsPanel sheetQuery={PHONE_QUERY} />}
        <OpenFullMapLink hash={hash} />
      </main>
      <footer className="embed-footer">
        {route && <RouteSummaryTable report={route} />}
        {options.legend && (
          <ErrorBoundary name="legend">
            <CompactLegend kinds={kinds} />
          </ErrorBoundary>
        )}
        <EmbedCredit sources={view.sources} renderer="MapLibre" />
      </footer>
      <SelectionAnnouncer />
    </div>
  );
}
