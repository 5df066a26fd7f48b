// The stops of the timeline's Play: every day with an event or a target from where it starts,
// today among them, and how long the travel between two takes. Pure.
import type { EventMark } from "../../time/corridorTime.ts";

export type PlaySpeed = "slow" | "normal" | "fast";

/** Time on the way per year of the timeline, and the pause on each stop, in ms. */
export const PACE: Record<PlaySpeed, { perYear: number; pause: number }> = {
  slow: { perYear: 1000, pause: 1800 },
  normal: { perYear: 500, pause: 900 },
  fast: { perYear: 120, pause: 220 },
};

/** The days Play stops on after `from`, oldest first: each event's and target's, and today. */
export function playStops(events: readonly EventMark[], from: number, today: number): number[] {
  const days = new Set<number>([today]);
  for (const m of events) days.add(m.day);
  return [...days].filter((d) => d > from).sort((a, b) => a - b);
}

/** How long the travel from one day to the next takes at a pace, in ms (at most two years' worth). */
export function travelMs(fromDay: number, toDay: number, perYear: number): number {
  return Math.min(2, Math.max(0, toDay - fromDay) / 365.25) * perYear;
}
