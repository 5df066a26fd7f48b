// What Ctrl+P adds around the map: the figure's title above it, and its legend, sources, date,
// credits and permalink below. Hidden on screen; the print stylesheet hides the rest of the app.
// The map prints as drawn (as of the timeline's date); the title block then says "As of <date>".
// All in the reader's language (the figure's texts, figureContent), citations verbatim.
import { type RefObject, useEffect } from "react";
import type { Corridor } from "../../data/corridor.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { oneFinalPeriod, withPeriod } from "../../i18n/sentence.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { selectHash } from "../../url/selectHash.ts";
import { figureContent } from "../export/figureContent.ts";
import { CompactLegend } from "../legend/CompactLegend.tsx";
import { RouteSummaryTable } from "../route/RouteSummaryTable.tsx";
import { selectRouteReport } from "../route/routeReport.ts";

export function PrintHeader({ corridor }: { corridor: Corridor }) {
  const groups = useAppStore((s) => s.visibleGroups);
  const selection = useAppStore((s) => s.selection);
  const asOf = useAppStore((s) => s.asOf);
  const route = useAppStore(selectRouteReport);
  const i18n = useI18n();
  const content = figureContent(corridor, groups, selection, new Date(), asOf, route, i18n);
  return (
    <div className="print-only print-header">
      {content.shownDate && (
        <p className="print-asof">{i18n.t("timeline.asOf", { date: content.shownDate })}</p>
      )}
      <p className="print-title">{content.title}</p>
      <p className="print-subtitle">{content.subtitle}</p>
    </div>
  );
}

export function PrintFooter({ corridor }: { corridor: Corridor }) {
  const groups = useAppStore((s) => s.visibleGroups);
  const selection = useAppStore((s) => s.selection);
  const hash = useAppStore(selectHash);
  const asOf = useAppStore((s) => s.asOf);
  const route = useAppStore(selectRouteReport);
  const i18n = useI18n();
  const { t } = i18n;
  const content = figureContent(corridor, groups, selection, new Date(), asOf, null, i18n);
  return (
    <div className="print-only print-footer">
      {route && <RouteSummaryTable report={route} />}
      <CompactLegend kinds={new Set(content.legendKinds)} />
      <p>
        <strong>{t("export.figure.sources")}</strong> {withPeriod(content.sources.join("; "))}
      </p>
      <p>
        {oneFinalPeriod(
          content.shownDate
            ? t("export.print.shownMade", { shown: content.shownDate, made: content.asOf })
            : t("export.figure.made", { date: content.asOf }),
        )}{" "}
        {content.credits} {`${window.location.href.replace(/#.*$/, "")}${hash}`}
      </p>
    </div>
  );
}

/** Room for the map on a landscape A4 or Letter page, in CSS px, beside title and footer. */
const PRINT_MAP_MAX = { width: 1040, height: 540 };

/**
 * Keeps the map at its on-screen size when printing, so its drawing is not stretched (the
 * WebGL picture cannot be redrawn while the print dialog is open), and scales it down to fit
 * one landscape page with the title and footer.
 */
export function usePrintSize(mapArea: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const before = () => {
      const el = mapArea.current;
      if (!el) return;
      const scale = Math.min(1, PRINT_MAP_MAX.width / el.clientWidth, PRINT_MAP_MAX.height / el.clientHeight);
      const root = document.documentElement.style;
      root.setProperty("--print-map-w", `${el.clientWidth}px`);
      root.setProperty("--print-map-h", `${el.clientHeight}px`);
      root.setProperty("--print-map-scale", String(scale));
    };
    window.addEventListener("beforeprint", before);
    return () => window.removeEventListener("beforeprint", before);
  }, [mapArea]);
}
