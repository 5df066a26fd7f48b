// The corridor through time: every line's status on a day, the marks the timeline draws, its
// span, and what changed between two days. Pure, over the corridor the app holds.
import type { Corridor } from "../data/corridor.ts";
import type { NodeFeature, SegmentFeature } from "../data/corridorTypes.ts";
import type { HistoryEvent } from "../data/schema.ts";
import type { SegmentKind, SegmentStatus } from "../data/vocabulary.ts";
import { dayOf, partsOfDay, today, yearStart } from "./dates.ts";
import { eventsIn, statusOn, tracksStatus } from "./history.ts";

const historyOf = (f: SegmentFeature | NodeFeature): readonly HistoryEvent[] => f.properties.history ?? [];

/**
 * Each segment's status on `day`, by id; null = not yet proposed (not drawn). A segment whose
 * history records no status at all keeps its current status whatever the day.
 */
export function segmentStatusesOn(corridor: Corridor, day: number): Map<string, SegmentStatus | null> {
  const out = new Map<string, SegmentStatus | null>();
  for (const s of corridor.segments) {
    const history = historyOf(s);
    out.set(s.properties.id, tracksStatus(history) ? statusOn(history, day) : s.properties.status);
  }
  return out;
}

/** Places whose history says they did not exist yet on `day` (a port not yet planned). */
export function nodesNotYetOn(corridor: Corridor, day: number): Set<string> {
  const out = new Set<string>();
  for (const n of corridor.nodes) {
    const history = historyOf(n);
    if (tracksStatus(history) && statusOn(history, day) === null) out.add(n.properties.id);
  }
  return out;
}

/** Two status maps say the same (so the map need not be redrawn). */
export function sameStatuses(
  a: ReadonlyMap<string, SegmentStatus | null>,
  b: ReadonlyMap<string, SegmentStatus | null>,
): boolean {
  if (a.size !== b.size) return false;
  for (const [id, s] of a) if (b.get(id) !== s) return false;
  return true;
}

export interface EventMark {
  type: "event" | "target";
  day: number;
  event: HistoryEvent;
  /** The segment's or place's id and name. */
  featureId: string;
  featureType: "segment" | "node";
  name: string;
  /** The segment's kind (the tick's colour); null for a place. */
  kind: SegmentKind | null;
}

export interface ArticleMark {
  type: "article";
  day: number;
  sourceId: string;
  outlet: string;
  title: string;
}

/** Every dated event and target of every segment and place, oldest first. */
export function eventMarks(corridor: Corridor): EventMark[] {
  const marks: EventMark[] = [];
  const add = (f: SegmentFeature | NodeFeature) => {
    for (const event of historyOf(f)) {
      marks.push({
        type: event.kind === "target" ? "target" : "event",
        day: dayOf(event.date),
        event,
        featureId: f.properties.id,
        featureType: f.properties.featureType,
        name: f.properties.name,
        kind: f.properties.featureType === "segment" ? f.properties.kind : null,
      });
    }
  };
  corridor.segments.forEach(add);
  corridor.nodes.forEach(add);
  return marks.sort((a, b) => a.day - b.day);
}

/**
 * The marks of the latest day with any on or before `day` (marks oldest first): what the
 * timeline's line and the video's caption say. Targets count only after today: before, the
 * date shown is history, and a target is not an event of it.
 */
export function latestMarks(marks: readonly EventMark[], day: number, today: number): EventMark[] {
  const counts = (m: EventMark) => m.type === "event" || day > today;
  let latest = Number.NEGATIVE_INFINITY;
  for (const m of marks) {
    if (m.day > day) break;
    if (counts(m)) latest = m.day;
  }
  return marks.filter((m) => m.day === latest && counts(m));
}

/** One mark per article, on its date: when the news said what. */
export function articleMarks(corridor: Corridor): ArticleMark[] {
  return corridor.sources
    .map((s) => ({
      type: "article" as const,
      day: dayOf(s.date),
      sourceId: s.id,
      outlet: s.outlet,
      title: s.title,
    }))
    .filter((m) => Number.isFinite(m.day))
    .sort((a, b) => a.day - b.day);
}

export interface TimeSpan {
  /** 1 January of the first event's year. */
  start: number;
  /** 31 December of the year of the last target (or of today, if later). */
  end: number;
  firstYear: number;
  lastYear: number;
}

/** The timeline's span: whole years from the first event to the last target (today at least). */
export function timeSpan(corridor: Corridor, now: number = today()): TimeSpan {
  const days = [...eventMarks(corridor).map((m) => m.day), ...articleMarks(corridor).map((m) => m.day), now];
  const first = Math.min(...days);
  const last = Math.max(...days);
  const firstYear = partsOfDay(first).year;
  const lastYear = partsOfDay(last).year;
  return { start: yearStart(firstYear), end: yearStart(lastYear + 1) - 1, firstYear, lastYear };
}

export interface FeatureChanges {
  featureId: string;
  featureType: "segment" | "node";
  name: string;
  kind: SegmentKind | null;
  /** Its status on the later day and on the earlier one (null = not yet; undefined = not tracked). */
  statusThen?: SegmentStatus | null;
  statusNow?: SegmentStatus | null;
  events: HistoryEvent[];
}

/**
 * What changed from `sinceDay` to `asOfDay`, both days included ("since 1 January 2025" takes in
 * an event dated "2025-01"), grouped by segment (in corridor order) then place. Targets dated in
 * that span are listed too. `statusThen` is the status the day before.
 */
export function changesBetween(corridor: Corridor, sinceDay: number, asOfDay: number): FeatureChanges[] {
  const from = Math.min(sinceDay, asOfDay);
  const to = Math.max(sinceDay, asOfDay);
  const out: FeatureChanges[] = [];
  const add = (f: SegmentFeature | NodeFeature) => {
    const history = historyOf(f);
    const events = eventsIn(history, from, to);
    if (events.length === 0) return;
    const tracked = tracksStatus(history);
    out.push({
      featureId: f.properties.id,
      featureType: f.properties.featureType,
      name: f.properties.name,
      kind: f.properties.featureType === "segment" ? f.properties.kind : null,
      ...(tracked ? { statusThen: statusOn(history, from - 1), statusNow: statusOn(history, to) } : {}),
      events,
    });
  };
  corridor.segments.forEach(add);
  corridor.nodes.forEach(add);
  return out;
}

/** The ids of the segments with events from `sinceDay` to `asOfDay`: what the map marks. */
export function changedSegmentIds(corridor: Corridor, sinceDay: number, asOfDay: number): string[] {
  return changesBetween(corridor, sinceDay, asOfDay)
    .filter((c) => c.featureType === "segment")
    .map((c) => c.featureId);
}
