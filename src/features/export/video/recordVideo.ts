// Records the timeline video: draws the frames onto a canvas in real time and records the
// canvas's stream with MediaRecorder as WebM. Whether the browser can is `videoSupport`.
import type { TFunction } from "../../../i18n/catalogue.ts";
import { ENGLISH } from "../../../i18n/english.ts";
import type { VideoFrame } from "./framePlan.ts";
import type { VideoScene } from "./videoScene.ts";

/** WebM types to ask for, the first the browser records wins (VP8 is the lightest to encode). */
const WEBM_TYPES = ["video/webm;codecs=vp8", "video/webm;codecs=vp9", "video/webm"];

export type VideoSupport = { ok: true; mimeType: string } | { ok: false; reason: string };

/** Whether this browser can record the video, and if not, why, in the reader's language. */
export function videoSupport(
  win: Window & typeof globalThis = window,
  t: TFunction = ENGLISH.t,
): VideoSupport {
  const Recorder = (win as { MediaRecorder?: typeof MediaRecorder }).MediaRecorder;
  if (typeof Recorder !== "function") return { ok: false, reason: t("export.video.noRecorder") };
  const canvasProto = win.HTMLCanvasElement?.prototype as { captureStream?: unknown } | undefined;
  if (typeof canvasProto?.captureStream !== "function")
    return { ok: false, reason: t("export.video.noCapture") };
  const mimeType = WEBM_TYPES.find((t) => Recorder.isTypeSupported?.(t));
  if (!mimeType) return { ok: false, reason: t("export.video.noWebm") };
  return { ok: true, mimeType };
}

export interface RecordOptions {
  canvas: HTMLCanvasElement;
  scene: VideoScene;
  frames: readonly VideoFrame[];
  fps: number;
  mimeType: string;
  signal: AbortSignal;
  /** Called as frames are drawn: 0 to 1. */
  onProgress: (done: number) => void;
  /** The language of its error messages; English unless given. */
  t?: TFunction;
}

/** Plays the frames in real time onto the canvas and resolves with the recorded WebM. */
export function recordVideo(o: RecordOptions): Promise<Blob> {
  const t = o.t ?? ENGLISH.t;
  const g = o.canvas.getContext("2d");
  if (!g) return Promise.reject(new Error(t("export.video.noCanvas")));
  const first = o.frames[0];
  if (!first) return Promise.reject(new Error(t("export.video.nothing")));
  o.scene.draw(g, first);
  const stream = o.canvas.captureStream(o.fps);
  const recorder = new MediaRecorder(stream, { mimeType: o.mimeType, videoBitsPerSecond: 4_000_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  };
  return new Promise((resolve, reject) => {
    let timer = 0;
    let aborted = false;
    const finish = () => {
      window.clearTimeout(timer);
      o.signal.removeEventListener("abort", onAbort);
      if (recorder.state !== "inactive") recorder.stop();
    };
    const onAbort = () => {
      aborted = true;
      finish();
    };
    recorder.onstop = () => {
      for (const track of stream.getTracks()) track.stop();
      if (aborted) reject(new DOMException(t("export.video.cancelled"), "AbortError"));
      else if (chunks.length === 0) reject(new Error(t("export.video.recordedNothing")));
      else resolve(new Blob(chunks, { type: o.mimeType.split(";")[0] }));
    };
    recorder.onerror = () => {
      aborted = true;
      finish();
      reject(new Error(t("export.video.stopped")));
    };
    o.signal.addEventListener("abort", onAbort);
    if (o.signal.aborted) return onAbort();

    const frameMs = 1000 / o.fps;
    let start = 0;
    let drawn = 0;
    // A timer rather than animation frames: they stop in a hidden tab, a timer only slows down.
    const tick = () => {
      const at = Math.floor((performance.now() - start) / frameMs);
      if (at >= o.frames.length) {
        o.onProgress(1);
        finish();
        return;
      }
      if (at > drawn) {
        const frame = o.frames[at];
        if (frame) o.scene.draw(g, frame);
        drawn = at;
        o.onProgress(at / o.frames.length);
      }
      timer = window.setTimeout(tick, frameMs / 2);
    };
    recorder.start(1000);
    start = performance.now();
    tick();
  });
}
