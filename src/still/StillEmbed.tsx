// The still embed (`?embed=1&static=1`): the interactive embed's frame (compact legend, credits,
// as-of date, "Open full map") around an SVG picture instead of the map. Once drawn it posts
// ready and its height as the interactive embed does, and marks its map `data-ready`.
// "Explore" (unless `explore=0`) turns the page into the interactive embed, in place, with the
// same URL state.
import type { FeatureCollection } from "geojson";
import { type CSSProperties, type ReactNode, useEffect, useRef, useState } from "react";
import { embeddingParent, reportHeightOf } from "../app/embedMessages.ts";
import { EmbedCredit, OpenFullMapLink } from "../app/embedParts.tsx";
import type { EmbedOptions } from "../app/mode.ts";
import type { Corridor } from "../data/corridor.ts";
import { viewData } from "../data/viewData.ts";
import { CompactLegend } from "../features/legend/CompactLegend.tsx";
import { AsOfStamp } from "../features/timeline/AsOfStamp.tsx";
import { useI18n } from "../i18n/i18nContext.ts";
import { StillMap, type StillView } from "./StillMap.tsx";
import type { StillRoute } from "./stillRoute.ts";

export function StillEmbed({
  corridor,
  basemap,
  view,
  hash,
  options,
  route,
  routeTable,
  onExplore,
}: {
  corridor: Corridor;
  basemap: FeatureCollection | null;
  view: StillView;
  hash: string;
  options: EmbedOptions;
  /** A route link's halos and frame, and its summary table (both from src/still/stillRoute.ts). */
  route: Pick<StillRoute, "lines" | "subject"> | null;
  routeTable: ReactNode;
  /** Starts the interactive map in this page; rejects when it could not be loaded. */
  onExplore: () => Promise<void>;
}) {
  const shellRef = useRef<HTMLDivElement>(null);
  const { t, formats } = useI18n();
  const [ready, setReady] = useState(false);
  const [upgrade, setUpgrade] = useState<"idle" | "loading" | "failed">("idle");
  const data = viewData(corridor, view.groups);
  const kinds = new Set(data.segments.map((s) => s.properties.kind));

  // After the first commit the picture is in the page: say so, then keep the host's frame sized.
  useEffect(() => {
    setReady(true);
    const parent = embeddingParent();
    const el = shellRef.current;
    return parent && el ? reportHeightOf(el, parent) : undefined;
  }, []);

  const explore = () => {
    setUpgrade("loading");
    onExplore().catch((e: unknown) => {
      console.error(e);
      setUpgrade("failed");
    });
  };

  return (
    <div
      ref={shellRef}
      className="embed-shell still-embed"
      style={{ "--embed-map-h": `${options.height}px` } as CSSProperties}
    >
      {/* Landmarks and a title for screen-reader users inside the host page's frame. */}
      <h1 className="visually-hidden">{t("app.title")}</h1>
      <main className="embed-map" data-testid="map" data-ready={ready ? "true" : undefined}>
        <StillMap
          corridor={corridor}
          basemap={basemap}
          view={view}
          route={route}
          fallbackSize={{ width: window.innerWidth || 600, height: options.height }}
        />
        <AsOfStamp
          asOf={view.asOf}
          since={null}
          words={{
            asOf: t("badge.asOf"),
            changesSince: (date) => t("badge.changesSince", { date }),
            formats,
          }}
        />
        {options.explore && (
          <button
            type="button"
            className="embed-explore"
            onClick={explore}
            disabled={upgrade === "loading"}
            aria-describedby={upgrade === "failed" ? "embed-explore-failed" : undefined}
          >
            {upgrade === "loading" ? t("still.loadingMap") : t("still.explore")}
            <span className="visually-hidden">{t("still.exploreWhat")}</span>
          </button>
        )}
        {upgrade === "failed" && (
          <p id="embed-explore-failed" className="embed-explore-failed" role="alert">
            {t("still.exploreFailed")}
          </p>
        )}
        <OpenFullMapLink hash={hash} />
      </main>
      <footer className="embed-footer">
        {routeTable}
        {options.legend && <CompactLegend kinds={kinds} />}
        <EmbedCredit sources={data.sources} />
      </footer>
    </div>
  );
}
