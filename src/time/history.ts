// A line's or place's state on a given day, worked out from its dated history. Pure: the map,
// the timeline, the details, the "changes since" panel and the video export all ask here.
import type { HistoryEvent } from "../data/schema.ts";
import type { SegmentStatus } from "../data/vocabulary.ts";
import { dayOf } from "./dates.ts";

/** What happened (an event) as opposed to what someone aims for (a target). */
export const isHappening = (e: HistoryEvent): boolean => e.kind !== "target";

/**
 * The status on `day`: that of the last event on or before it that sets one; null when none has
 * yet (the line was not even proposed, so it is not drawn). Targets never count.
 */
export function statusOn(history: readonly HistoryEvent[], day: number): SegmentStatus | null {
  let status: SegmentStatus | null = null;
  for (const e of history) {
    if (dayOf(e.date) > day) break;
    if (isHappening(e) && e.status) status = e.status;
  }
  return status;
}

/** The index of the last event (not target) on or before `day`, or -1: the "current" one. */
export function currentEventIndex(history: readonly HistoryEvent[], day: number): number {
  let index = -1;
  history.forEach((e, i) => {
    if (isHappening(e) && dayOf(e.date) <= day) index = i;
  });
  return index;
}

/** True when the history says anything about status (places often only record events). */
export const tracksStatus = (history: readonly HistoryEvent[]): boolean =>
  history.some((e) => isHappening(e) && e.status !== undefined);

/** Events (targets too) whose day is from `fromDay` to `toDay`, both included. */
export function eventsIn(history: readonly HistoryEvent[], fromDay: number, toDay: number): HistoryEvent[] {
  return history.filter((e) => {
    const d = dayOf(e.date);
    return d >= fromDay && d <= toDay;
  });
}
