// The video's frame plan: which day each frame shows, and the event it is passing. The same
// journey as the timeline's Play (from the first event through today to the last target, a
// pause on each stop, the travel between two at Play's normal pace), fitted to the length asked
// for: every stop is held for at least one frame, the travel shares what is left. Pure.

import { ENGLISH } from "../../../i18n/english.ts";
import type { I18n } from "../../../i18n/i18nContext.ts";
import { type EventMark, latestMarks } from "../../../time/corridorTime.ts";
import { PACE, playStops, travelMs } from "../../timeline/playPlan.ts";

export type VideoLength = "short" | "normal";

/** Each length in seconds, and the key of its label (which says the seconds). */
export const VIDEO_LENGTHS: Record<
  VideoLength,
  { seconds: number; labelKey: "export.video.short" | "export.video.normal" }
> = {
  short: { seconds: 10, labelKey: "export.video.short" },
  normal: { seconds: 30, labelKey: "export.video.normal" },
};

/** Frames per second the video is drawn and recorded at. */
export const VIDEO_FPS = 25;

export interface VideoFrame {
  /** The day shown, in days since 1970-01-01. */
  day: number;
  /** The event (or, after today, the target) last passed: what the frame says under the date. */
  caption: string;
}

interface Phase {
  from: number;
  to: number;
  ms: number;
}

/** How a caption is worded: the language, and a mark's segment or place name in it. */
export interface CaptionWords {
  i18n: I18n;
  name: (mark: EventMark) => string;
}

const ENGLISH_WORDS: CaptionWords = { i18n: ENGLISH, name: (m) => m.name };

/**
 * What the frame says under its date: the latest events up to the day (targets after today), in
 * the reader's language; the event's own label is the data's, as the timeline shows it.
 */
export function captionOn(
  events: readonly EventMark[],
  day: number,
  today: number,
  words: CaptionWords = ENGLISH_WORDS,
): string {
  const on = latestMarks(events, day, today);
  const first = on[0];
  if (!first) return "";
  const { t } = words.i18n;
  const parts = { name: words.name(first), event: first.event.label };
  const caption = t(first.type === "target" ? "export.video.targetCaption" : "export.video.caption", parts);
  return on.length > 1 ? t("export.video.more", { caption, count: on.length - 1 }) : caption;
}

/**
 * The frames of a video `seconds` long at `fps`: the first shows the first event's day, the last
 * the last stop (the latest target, or today when no target is later), days never go back.
 */
export function videoFrames(
  events: readonly EventMark[],
  today: number,
  seconds: number,
  fps: number = VIDEO_FPS,
  words: CaptionWords = ENGLISH_WORDS,
): VideoFrame[] {
  const frameMs = 1000 / fps;
  const count = Math.max(2, Math.round(seconds * fps));
  const total = count * frameMs;
  const first = events[0]?.day ?? today;
  const stops = [first, ...playStops(events, first, today)];
  const pace = PACE.normal;

  // Each stop's pause and each travel at Play's pace, scaled to the length; a pause that would be
  // shorter than a frame is one frame long, and the travel is scaled down to make room for it.
  const travels = stops.slice(1).map((to, i) => travelMs(stops[i] ?? to, to, pace.perYear));
  const travelTotal = travels.reduce((a, b) => a + b, 0);
  let scale = total / (stops.length * pace.pause + travelTotal);
  let pause = pace.pause * scale;
  if (pause < frameMs) {
    pause = frameMs;
    const left = total - stops.length * pause;
    scale = left > 0 && travelTotal > 0 ? left / travelTotal : 0;
    if (scale === 0) pause = total / stops.length;
  }
  const phases: Phase[] = [];
  stops.forEach((day, i) => {
    if (i > 0) phases.push({ from: stops[i - 1] ?? day, to: day, ms: (travels[i - 1] ?? 0) * scale });
    phases.push({ from: day, to: day, ms: pause });
  });

  const frames: VideoFrame[] = [];
  let p = 0;
  let phaseStart = 0;
  for (let i = 0; i < count; i++) {
    // A frame shows the moment half a frame into its slot, so a one-frame pause is always hit.
    const t = (i + 0.5) * frameMs;
    while (p < phases.length - 1 && t >= phaseStart + (phases[p]?.ms ?? 0)) {
      phaseStart += phases[p]?.ms ?? 0;
      p += 1;
    }
    const phase = phases[p] ?? { from: today, to: today, ms: 1 };
    const frac = phase.ms > 0 ? Math.min(1, (t - phaseStart) / phase.ms) : 1;
    const day = Math.round(phase.from + (phase.to - phase.from) * frac);
    frames.push({ day, caption: captionOn(events, day, today, words) });
  }
  return frames;
}
