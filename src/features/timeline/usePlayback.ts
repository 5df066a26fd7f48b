// Play: the as-of date runs from the first event to today and on to the targets, pausing on each
// event so its label can be read. Reduced motion: it steps from event to event, no tweening.
// Space pauses (wherever focus is, except in a text field); any hand on the slider stops it.
import { useCallback, useEffect, useRef } from "react";
import { useAppStore, useStoreApi } from "../../state/StoreContext.tsx";
import type { EventMark } from "../../time/corridorTime.ts";
import { dateOfDay } from "../../time/dates.ts";
import { PACE, type PlaySpeed, playStops, travelMs } from "./playPlan.ts";

const reducedMotion = () => window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

export function usePlayback(events: readonly EventMark[], start: number, today: number, speed: PlaySpeed) {
  const store = useStoreApi();
  const playing = useAppStore((s) => s.playing);
  const speedRef = useRef(speed);
  speedRef.current = speed;

  const toggle = useCallback(() => {
    const s = store.getState();
    s.setPlaying(!s.playing);
  }, [store]);

  useEffect(() => {
    if (!playing) return;
    const s = store.getState();
    const end = Math.max(today, ...events.map((m) => m.day));
    const current = s.asOf?.day ?? today;
    // From the beginning, unless paused on the way (then on from there).
    const first = events[0]?.day ?? start;
    const from = s.asOf === null || current >= end ? first : current;
    const stops = playStops(events, from, today);
    let at = from;
    let next = 0;
    let phase: "pause" | "travel" = "pause";
    let phaseStart = performance.now();
    let frame = 0;
    let cancelled = false;
    store.getState().setAsOf(dateOfDay(from), "push");
    const step = (now: number) => {
      if (cancelled) return;
      const pace = PACE[speedRef.current];
      if (phase === "pause") {
        if (now - phaseStart >= pace.pause) {
          if (next >= stops.length) {
            store.getState().setPlaying(false);
            return;
          }
          phase = "travel";
          phaseStart = now;
        }
      } else {
        const to = stops[next] ?? at;
        const duration = reducedMotion() ? 0 : travelMs(at, to, pace.perYear);
        const t = duration === 0 ? 1 : Math.min(1, (now - phaseStart) / duration);
        const day = Math.round(at + (to - at) * t);
        store.getState().setAsOf(dateOfDay(day), "replace");
        if (t >= 1) {
          at = to;
          next += 1;
          phase = "pause";
          phaseStart = now;
        }
      }
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.key !== " " || t?.closest("input, textarea, select, button, [contenteditable]")) return;
      e.preventDefault();
      store.getState().setPlaying(false);
    };
    window.addEventListener("keydown", onKey);
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      window.removeEventListener("keydown", onKey);
    };
  }, [playing, events, start, today, store]);

  return { playing, toggle };
}
