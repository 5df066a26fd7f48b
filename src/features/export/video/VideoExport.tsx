// The Export dialog's "Video of the timeline (WebM)": the timeline played from the first event
// through today to the targets, recorded from a canvas while it plays (so it takes as long as the
// video), with progress, a preview and Cancel. Where the browser cannot record, it says why.
import { useEffect, useMemo, useRef, useState } from "react";
import type { Corridor } from "../../../data/corridor.ts";
import { loadBasemap } from "../../../data/loadBasemap.ts";
import { viewData } from "../../../data/viewData.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { localName } from "../../../i18n/localName.ts";
import type { LayerGroup } from "../../../layers/registry.ts";
import { type EventMark, eventMarks } from "../../../time/corridorTime.ts";
import { today as todayOf } from "../../../time/dates.ts";
import { download } from "../download.ts";
import { VIDEO_FPS, VIDEO_LENGTHS, type VideoLength, videoFrames } from "./framePlan.ts";
import { recordVideo, videoSupport } from "./recordVideo.ts";
import { VIDEO_FONT, VIDEO_SIZE, videoScene } from "./videoScene.ts";

export const VIDEO_FILENAME = "middle-corridor-timeline.webm";

async function fontsReady(): Promise<void> {
  try {
    await Promise.all(
      ["400 16px", "600 16px", "italic 400 16px"].map((f) => document.fonts?.load(`${f} ${VIDEO_FONT}`)),
    );
  } catch {
    // Drawn in the fallback font.
  }
}

export function VideoExport({
  corridor,
  groups,
  title,
  subtitle,
}: {
  corridor: Corridor;
  groups: readonly LayerGroup[];
  title: string;
  subtitle: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const support = useMemo(() => videoSupport(window, t), [t]);
  const [length, setLength] = useState<VideoLength>("short");
  const [progress, setProgress] = useState<number | null>(null);
  const [status, setStatus] = useState("");
  const abortRef = useRef<AbortController | null>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => () => abortRef.current?.abort(), []);

  const record = async () => {
    const canvas = canvasRef.current;
    if (!support.ok || !canvas) return;
    const abort = new AbortController();
    abortRef.current = abort;
    setProgress(0);
    setStatus(t("export.video.preparing"));
    try {
      const [basemap] = await Promise.all([
        loadBasemap(new URL("basemap.topojson", document.baseURI).href),
        fontsReady(),
      ]);
      if (abort.signal.aborted) throw new DOMException("cancelled", "AbortError");
      const today = todayOf();
      const name = (m: EventMark) => {
        const f =
          m.featureType === "segment"
            ? corridor.segmentById.get(m.featureId)
            : corridor.nodeById.get(m.featureId);
        return f ? localName(f.properties, i18n.lang) : m.name;
      };
      const { seconds } = VIDEO_LENGTHS[length];
      const frames = videoFrames(eventMarks(corridor), today, seconds, VIDEO_FPS, { i18n, name });
      const scene = videoScene({
        corridor,
        segments: viewData(corridor, groups).segments,
        basemap,
        title,
        subtitle,
        credits: t("export.figure.credits"),
        today,
        i18n,
      });
      setStatus(t("export.video.recording", { seconds }));
      const blob = await recordVideo({
        canvas,
        scene,
        frames,
        fps: VIDEO_FPS,
        mimeType: support.mimeType,
        signal: abort.signal,
        onProgress: (p) => setProgress(p),
        t,
      });
      download(VIDEO_FILENAME, blob);
      setStatus(t("export.video.done"));
    } catch (e) {
      if (e instanceof DOMException && e.name === "AbortError") setStatus(t("export.video.cancelled"));
      else setStatus(t("export.video.failed", { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      if (abortRef.current === abort) abortRef.current = null;
      setProgress(null);
    }
  };

  const recording = progress !== null;
  return (
    <section className="export-video" aria-labelledby="export-video-title">
      <h3 id="export-video-title">{t("export.video.heading")}</h3>
      <p className="muted small">{t("export.video.intro")}</p>
      {!support.ok && (
        <p className="export-video-unsupported" data-testid="video-unsupported">
          {support.reason}
        </p>
      )}
      <fieldset className="export-formats" disabled={!support.ok || recording}>
        <legend className="visually-hidden">{t("export.video.length")}</legend>
        {(Object.keys(VIDEO_LENGTHS) as VideoLength[]).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="video-length"
              checked={length === value}
              onChange={() => setLength(value)}
            />
            {t(VIDEO_LENGTHS[value].labelKey, { seconds: VIDEO_LENGTHS[value].seconds })}
          </label>
        ))}
      </fieldset>
      <div className="export-actions">
        <button type="button" onClick={record} disabled={!support.ok || recording}>
          {t("export.video.record")}
        </button>
        {recording && (
          <button type="button" onClick={() => abortRef.current?.abort()}>
            {t("export.video.cancel")}
          </button>
        )}
        {recording && (
          <progress max={1} value={progress} aria-label={t("export.video.progress")}>
            {Math.round(progress * 100)} %
          </progress>
        )}
        <span className="copy-status" aria-live="polite">
          {status}
        </span>
      </div>
      <canvas
        ref={canvasRef}
        className="export-video-preview"
        width={VIDEO_SIZE.width}
        height={VIDEO_SIZE.height}
        hidden={!recording}
        aria-label={t("export.video.preview")}
      />
    </section>
  );
}
