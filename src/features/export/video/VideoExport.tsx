// The Export dialog's "Video of the timeline (WebM)": the timeline played from the first event
// through today to the targets, recorded from a canvas while it plays (so it takes as long as the
// video), with progress, a preview and Cancel. Where the browser cannot record, it says why.
import { useEffect, useMemo, useRef, useState } from "react";
import type { Corridor } from "../../../data/corridor.ts";
import { loadBasemap } from "../../../data/loadBasemap.ts";
import { viewData } from "../../../data/viewData.ts";
import type { LayerGroup } from "../../../layers/registry.ts";
import { eventMarks } from "../../../time/corridorTime.ts";
import { today as todayOf } from "../../../time/dates.ts";
import { download } from "../download.ts";
import { FIGURE_CREDITS } from "../figureContent.ts";
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
  const support = useMemo(() => videoSupport(), []);
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
    setStatus("Preparing the video…");
    try {
      const [basemap] = await Promise.all([
        loadBasemap(new URL("basemap.topojson", document.baseURI).href),
        fontsReady(),
      ]);
      if (abort.signal.aborted) throw new DOMException("cancelled", "AbortError");
      const today = todayOf();
      const frames = videoFrames(eventMarks(corridor), today, VIDEO_LENGTHS[length].seconds, VIDEO_FPS);
      const scene = videoScene({
        corridor,
        segments: viewData(corridor, groups).segments,
        basemap,
        title,
        subtitle,
        credits: FIGURE_CREDITS,
        today,
      });
      setStatus(`Recording the timeline (${VIDEO_LENGTHS[length].seconds} s; it plays in real time)…`);
      const blob = await recordVideo({
        canvas,
        scene,
        frames,
        fps: VIDEO_FPS,
        mimeType: support.mimeType,
        signal: abort.signal,
        onProgress: (p) => setProgress(p),
      });
      download(VIDEO_FILENAME, blob);
      setStatus("Done: the video is in your downloads.");
    } catch (e) {
      if (e instanceof DOMException && e.name === "AbortError") setStatus("Cancelled: no video was saved.");
      else setStatus(`The video could not be made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (abortRef.current === abort) abortRef.current = null;
      setProgress(null);
    }
  };

  const recording = progress !== null;
  return (
    <section className="export-video" aria-labelledby="export-video-title">
      <h3 id="export-video-title">Video of the timeline (WebM)</h3>
      <p className="muted small">
        The timeline played from the first event through today to the targets, as the Play button plays it:
        the map as of each date, with title, legend, a large date stamp and the event being passed.
      </p>
      {!support.ok && (
        <p className="export-video-unsupported" data-testid="video-unsupported">
          {support.reason}
        </p>
      )}
      <fieldset className="export-formats" disabled={!support.ok || recording}>
        <legend className="visually-hidden">Video length</legend>
        {(Object.entries(VIDEO_LENGTHS) as [VideoLength, { label: string }][]).map(([value, v]) => (
          <label key={value}>
            <input
              type="radio"
              name="video-length"
              checked={length === value}
              onChange={() => setLength(value)}
            />
            {v.label}
          </label>
        ))}
      </fieldset>
      <div className="export-actions">
        <button type="button" onClick={record} disabled={!support.ok || recording}>
          Record video
        </button>
        {recording && (
          <button type="button" onClick={() => abortRef.current?.abort()}>
            Cancel
          </button>
        )}
        {recording && (
          <progress max={1} value={progress} aria-label="Video recorded">
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
        aria-label="Preview of the video being recorded"
      />
    </section>
  );
}
