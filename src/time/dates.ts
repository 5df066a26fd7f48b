// Dates as the data writes them (YYYY, YYYY-MM or YYYY-MM-DD) and as the timeline counts them:
// whole days since 1 January 1970 (UTC). A date stands for the first day it covers: a
// month-precise date counts from the month's first day, a year-precise one from 1 January.
import type { DatePrecision } from "../data/vocabulary.ts";

export interface DayDate {
  /** The text as written, e.g. "2017-10". */
  iso: string;
  precision: DatePrecision;
  /** The first day it covers, in days since 1970-01-01. */
  day: number;
}

const DAY_MS = 86_400_000;
const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses an ISO date of any precision that exists on the calendar; null for anything else. */
export function parseDate(text: string): DayDate | null {
  const m = ISO_RE.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (year < 1800 || year > 2200) return null;
  const month = mo === undefined ? 1 : Number(mo);
  if (month < 1 || month > 12) return null;
  const dayOfMonth = d === undefined ? 1 : Number(d);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (dayOfMonth < 1 || dayOfMonth > last) return null;
  const precision: DatePrecision = d !== undefined ? "day" : mo !== undefined ? "month" : "year";
  return { iso: text, precision, day: Date.UTC(year, month - 1, dayOfMonth) / DAY_MS };
}

const dayCache = new Map<string, number>();

/**
 * The first day a date covers (see the file's comment); NaN for text that is not a date.
 * Remembered: the slider asks for every event's day at every step.
 */
export function dayOf(text: string): number {
  let day = dayCache.get(text);
  if (day === undefined) {
    day = parseDate(text)?.day ?? Number.NaN;
    if (dayCache.size < 50_000) dayCache.set(text, day);
  }
  return day;
}

/** 1 January of a year, as a day. */
export const yearStart = (year: number): number => Date.UTC(year, 0, 1) / DAY_MS;

/** A day as YYYY-MM-DD. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar parts of a day. */
export function partsOfDay(day: number): { year: number; month: number; dayOfMonth: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, dayOfMonth: d.getUTCDate() };
}

/** The day `months` calendar months on (or back), kept inside the month (31 Jan + 1 = 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const { year, month, dayOfMonth } = partsOfDay(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(dayOfMonth, last)) / DAY_MS;
}

/** Today, in the viewer's calendar, as a day number. */
export function today(now: Date = new Date()): number {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS;
}

/** A day written as briefly as it can be without losing it: the 1st of January is the year. */
export function shortIsoOfDay(day: number): string {
  const { year, month, dayOfMonth } = partsOfDay(day);
  if (dayOfMonth !== 1) return isoOfDay(day);
  if (month !== 1) return isoOfDay(day).slice(0, 7);
  return String(year);
}

/** Two optional dates name the same day (as the map shows them). */
export const sameDay = (a: DayDate | null, b: DayDate | null): boolean =>
  a === null || b === null ? a === b : a.day === b.day && a.iso === b.iso;

/** A day as a date of the shortest precision that names it exactly. */
export function dateOfDay(day: number): DayDate {
  const iso = shortIsoOfDay(day);
  return parseDate(iso) ?? { iso: isoOfDay(day), precision: "day", day };
}

/** A day as a day-precise date (today is always a day, never "Dec 2026"). */
export const dayDate = (day: number): DayDate => ({ iso: isoOfDay(day), precision: "day", day });
