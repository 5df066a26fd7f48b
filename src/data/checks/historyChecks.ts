// The checks on histories, one function each: events in date order, statuses moving forward
// (or back with a reason), the latest status equal to the segment's, at least one status per
// segment. The schema has already checked each event on its own (dates, precision, refs, no
// status on a target); these look at a history as a whole. validateData runs them.

import { dayOf, isoOfDay } from "../../time/dates.ts";
import { checkText } from "../checkMessages.ts";
import type { DataError } from "../dataErrors.ts";
import type { CorridorNode, HistoryEvent, SegmentStatus } from "../schema.ts";
import type { ValidData } from "../validateData.ts";
import { STATUS_PROGRESSION } from "../vocabulary.ts";

/** What the checks need of a segment or a place: where it is written, and its history. */
export interface HistoryOwner {
  file: string;
  /** The entry as messages name it, e.g. `"kz-rail-beyneu-aktau"`. */
  entry: string;
  history: HistoryEvent[];
}

/**
 * The first day an ISO date covers, as YYYY-MM-DD: a month-precise date counts from the month's
 * first day, a year-precise one from 1 January. Such strings sort as the days they name.
 */
export function firstDayOf(date: string): string {
  // The app's rule (src/time/dates.ts), so the check orders events as the timeline counts them;
  // a year the app does not count (before 1800, after 2200) is compared as written.
  const day = dayOf(date);
  return Number.isNaN(day) ? date : isoOfDay(day);
}

const rankOf = (s: SegmentStatus): number => STATUS_PROGRESSION.indexOf(s);

/** Events are oldest first, compared by the first day each date covers (ties keep their order). */
export function checkHistoryOrder({ file, entry, history }: HistoryOwner): DataError[] {
  const errors: DataError[] = [];
  history.forEach((e, i) => {
    const before = history[i - 1];
    if (before && firstDayOf(e.date) < firstDayOf(before.date))
      errors.push({
        file,
        entry,
        field: `history.${i}.date`,
        ...checkText("editor.check.historyOrder", { date: e.date, before: before.date }),
      });
  });
  return errors;
}

/**
 * Statuses move forward along STATUS_PROGRESSION (proposed → … → operational). A step back is
 * allowed only with a `setback` saying why; a `setback` on an event that does not step back is
 * a mistake too.
 */
export function checkStatusProgression({ file, entry, history }: HistoryOwner): DataError[] {
  const errors: DataError[] = [];
  let current: SegmentStatus | undefined;
  history.forEach((e, i) => {
    const movesBack = e.status !== undefined && current !== undefined && rankOf(e.status) < rankOf(current);
    if (movesBack && e.setback === undefined)
      errors.push({
        file,
        entry,
        field: `history.${i}.status`,
        ...checkText("editor.check.statusBack", {
          from: current ?? "",
          to: e.status ?? "",
          order: STATUS_PROGRESSION.join(" → "),
        }),
      });
    if (!movesBack && e.setback !== undefined)
      errors.push({
        file,
        entry,
        field: `history.${i}.setback`,
        ...(e.status === undefined
          ? checkText("editor.check.setbackNoStatus")
          : checkText("editor.check.setbackNotBack", {
              status: e.status,
              from: current ? `"${current}"` : { key: "editor.check.noEarlierStatus" },
            })),
      });
    if (e.status !== undefined) current = e.status;
  });
  return errors;
}

/** Index of the latest event (not a target) that sets a status, or -1. */
function latestStatusIndex(history: HistoryEvent[]): number {
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i];
    if (e && e.kind !== "target" && e.status !== undefined) return i;
  }
  return -1;
}

/**
 * A segment's history has at least one status: the first is when the line appears on the map
 * (before it the line is not drawn).
 */
export function checkHasStatusEvent(owner: HistoryOwner): DataError[] {
  if (latestStatusIndex(owner.history) >= 0) return [];
  return [
    {
      file: owner.file,
      entry: owner.entry,
      field: "history",
      ...checkText("editor.check.noStatus"),
    },
  ];
}

/** The latest status in a segment's history (targets aside) is the segment's `status`. */
export function checkLatestStatus(owner: HistoryOwner & { status: SegmentStatus }): DataError[] {
  const i = latestStatusIndex(owner.history);
  const latest = owner.history[i]?.status;
  if (latest === undefined || latest === owner.status) return [];
  return [
    {
      file: owner.file,
      entry: owner.entry,
      field: `history.${i}.status`,
      ...checkText("editor.check.latestStatus", { latest, status: owner.status }),
    },
  ];
}

/** All history checks: every segment, then every place (places need not have a status). */
export function checkHistories(
  segments: ValidData["segments"],
  nodes: CorridorNode[],
  nodesFile: string,
): DataError[] {
  const errors: DataError[] = [];
  for (const s of segments) {
    const owner = { file: s.file, entry: `"${s.id}"`, history: s.history, status: s.status };
    errors.push(
      ...checkHistoryOrder(owner),
      ...checkStatusProgression(owner),
      ...checkHasStatusEvent(owner),
      ...checkLatestStatus(owner),
    );
  }
  for (const n of nodes) {
    const owner = { file: nodesFile, entry: `"${n.id}"`, history: n.history };
    errors.push(...checkHistoryOrder(owner), ...checkStatusProgression(owner));
  }
  return errors;
}
