// The Export dialog: figures for reports (PNG at screen, 2× or print size; SVG with vector
// lines), printing, a video of the timeline (WebM), and the visible data for analysts.
import { useState } from "react";
import type { Corridor } from "../../data/corridor.ts";
import type { TFunction } from "../../i18n/catalogue.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import type { MapControllerApi } from "../../map/controllerApi.ts";
import { routeHaloLines } from "../../route/routeGeometry.ts";
import { selectRouteHighlight } from "../../state/routeSelectors.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { Dialog } from "../../ui/Dialog.tsx";
import { formatDate } from "../../ui/format.ts";
import { selectHash } from "../../url/selectHash.ts";
import { selectRouteReport } from "../route/routeReport.ts";
import { DataDownloads } from "./DataDownloads.tsx";
import { download } from "./download.ts";
import { exportPng, exportSvg, FIGURE_PRESETS, type FigurePreset } from "./exportFigure.ts";
import { figureContent } from "./figureContent.ts";
import { VideoExport } from "./video/VideoExport.tsx";

type Format = FigurePreset | "svg";

/** Draft annotations in a corridor (each counted once, wherever it is pinned). */
function draftAnnotationCount(corridor: Corridor): number {
  const ids = new Set<string>();
  for (const f of [...corridor.segments, ...corridor.nodes])
    for (const a of f.properties.annotations) if (a.draft) ids.add(a.id);
  for (const a of corridor.collection.overview) if (a.draft) ids.add(a.id);
  return ids.size;
}
const FORMATS: [Format, (t: TFunction) => string][] = [
  ...(Object.keys(FIGURE_PRESETS) as FigurePreset[]).map((k): [Format, (t: TFunction) => string] => [
    k,
    FIGURE_PRESETS[k].label,
  ]),
  ["svg", (t) => t("export.format.svg")],
];

export default function ExportDialog({
  corridor: published,
  withDrafts,
  getController,
  getMapSize,
  onClose,
}: {
  corridor: Corridor;
  /** The published data with this browser's drafts in it; null when there are none. */
  withDrafts: Corridor | null;
  getController: () => MapControllerApi | null;
  getMapSize: () => { width: number; height: number };
  onClose: () => void;
}) {
  const groups = useAppStore((s) => s.visibleGroups);
  const selection = useAppStore((s) => s.selection);
  const hash = useAppStore(selectHash);
  const asOf = useAppStore((s) => s.asOf);
  const route = useAppStore(selectRouteReport);
  const highlight = useAppStore(selectRouteHighlight);
  const i18n = useI18n();
  const { t, formats } = i18n;
  const [format, setFormat] = useState<Format>("a4");
  const [status, setStatus] = useState<{ busy: boolean; text: string }>({ busy: false, text: "" });
  // Drafts are left out of figures and downloads unless the user asks for them.
  const [includeDrafts, setIncludeDrafts] = useState(false);
  const corridor = includeDrafts && withDrafts ? withDrafts : published;
  const draftCount = withDrafts ? draftAnnotationCount(withDrafts) : 0;

  // The video tells the corridor's story as a whole: no selection highlighted in it.
  const video = figureContent(corridor, groups, { type: "none" }, new Date(), null, null, i18n);

  const makeFigure = async () => {
    const controller = getController();
    if (!controller) {
      setStatus({ busy: false, text: t("export.noMap") });
      return;
    }
    setStatus({ busy: true, text: t("export.drawing") });
    try {
      const content = figureContent(corridor, groups, selection, new Date(), asOf, route, i18n);
      const ctx = {
        controller,
        corridor,
        content,
        selectedId: selection.type === "segment" ? selection.id : null,
        permalink: `${window.location.href.replace(/#.*$/, "")}${hash}`,
        screen: getMapSize(),
        routeLines: highlight ? routeHaloLines(corridor, highlight) : null,
      };
      const stamp = new Date().toISOString().slice(0, 10);
      if (format === "svg") download(`middle-corridor-${stamp}.svg`, await exportSvg(ctx), "image/svg+xml");
      else download(`middle-corridor-${stamp}-${format}.png`, await exportPng(format, ctx));
      setStatus({ busy: false, text: t("export.done") });
    } catch (e) {
      setStatus({
        busy: false,
        text: t("export.failed", { error: e instanceof Error ? e.message : String(e) }),
      });
    }
  };

  const shownDate = asOf ? formatDate(asOf.iso, asOf.precision, formats) : null;
  return (
    <Dialog title={t("app.export")} kicker={t("export.kicker")} onClose={onClose} className="export-dialog">
      <div className="dialog-body">
        {withDrafts && (
          <label className="export-drafts">
            <input
              type="checkbox"
              checked={includeDrafts}
              onChange={(e) => setIncludeDrafts(e.target.checked)}
            />{" "}
            {t("export.drafts", { count: draftCount })}
          </label>
        )}
        <h3>{t("export.figureHeading")}</h3>
        <p className="muted small">{t("export.figureIntro")}</p>
        {shownDate && (
          <p className="export-asof" data-testid="export-asof">
            {t("export.asOfNote", { date: shownDate, stamp: t("timeline.asOf", { date: shownDate }) })}
          </p>
        )}
        <fieldset className="export-formats">
          <legend className="visually-hidden">{t("export.format")}</legend>
          {FORMATS.map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="figure-format"
                checked={format === value}
                onChange={() => setFormat(value)}
              />
              {label(t)}
            </label>
          ))}
        </fieldset>
        <div className="export-actions">
          <button type="button" onClick={makeFigure} disabled={status.busy}>
            {t("export.download")}
          </button>
          <button type="button" onClick={() => window.print()}>
            {t("export.print")}
          </button>
          <span className="copy-status" aria-live="polite">
            {status.text}
          </span>
        </div>
        <p className="muted small">{t("export.printNote")}</p>
        <VideoExport corridor={corridor} groups={groups} title={video.title} subtitle={video.subtitle} />
        <DataDownloads corridor={corridor} groups={groups} route={route} />
      </div>
    </Dialog>
  );
}
