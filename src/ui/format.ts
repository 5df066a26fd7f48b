// How values read in the interface. Pure, so the tests can pin them down. The caller says the
// language (an I18n's `formats`; English is ENGLISH.formats, src/i18n/english.ts): no English
// default here, which would bring the English catalogue into the still embed.
import type { SourceRef } from "../data/corridorTypes.ts";
import type { Catalogue } from "../i18n/catalogue.ts";
import { countryNameIn } from "../i18n/countryName.ts";
import { DEFAULT_LANG } from "../i18n/languages.ts";
import { formatNumber } from "../i18n/translate.ts";

/**
 * How dates and lengths are written in a language: the catalogue's words and patterns
 * (`date.*`, `unit.km`), numbers by Intl in its locale. Dates come from the catalogue, not from
 * Intl, because engines ship different locale data (Chromium's has no Kazakh month names and
 * writes "2007 M02"; ICU versions differ on English "Sep" or "Sept"), as country names do.
 */
export interface Formats {
  locale: string;
  /** Twelve month names as a date with a day uses them (Russian: genitive, "февр."). */
  months: readonly string[];
  /** Twelve month names for a month and year ("июнь 2016 г."). */
  monthsAlone: readonly string[];
  day: string;
  month: string;
  year: string;
  km: string;
  yearInferred: string;
  /** Digit grouping and decimal mark. */
  marks: { group: string; decimal: string };
}

const list = (s: string) => s.split(",").map((m) => m.trim());

/** The Formats of a catalogue (src/i18n/catalogues/). */
export function formatsOf(catalogue: Pick<Catalogue, DateKey>, locale: string): Formats {
  return {
    locale,
    months: list(catalogue["date.months"]),
    monthsAlone: list(catalogue["date.monthsAlone"]),
    day: catalogue["date.day"],
    month: catalogue["date.month"],
    year: catalogue["date.year"],
    km: catalogue["unit.km"],
    yearInferred: catalogue["date.yearInferred"],
    marks: { group: catalogue["number.group"], decimal: catalogue["number.decimal"] },
  };
}

type DateKey =
  | "date.months"
  | "date.monthsAlone"
  | "date.day"
  | "date.month"
  | "date.year"
  | "unit.km"
  | "date.yearInferred"
  | "number.group"
  | "number.decimal";

const fill = (pattern: string, parts: Record<string, string>) =>
  pattern.replace(/\{(\w+)\}/g, (whole, name: string) => parts[name] ?? whole);

/** "31 Jan 2024", "Feb 2025" or "2025", as precise as the date is known, in the language's words. */
export function formatDate(date: string, precision: "day" | "month" | "year", f: Formats): string {
  const [y, m, d] = date.split("-");
  const index = m ? Number(m) - 1 : -1;
  const year = y ?? date;
  if (precision === "day" && d && f.months[index])
    return fill(f.day, { day: String(Number(d)), month: f.months[index], year });
  if (precision !== "year" && f.monthsAlone[index])
    return fill(f.month, { month: f.monthsAlone[index] ?? "", year });
  return fill(f.year, { year });
}

/** A source's date, with "(year inferred)" in the language's words when the date was not printed. */
export function formatSourceDate(
  source: Pick<SourceRef, "date" | "datePrecision" | "dateInferred">,
  f: Formats,
): string {
  const text = formatDate(source.date, source.datePrecision, f);
  return source.dateInferred ? fill(f.yearInferred, { date: text }) : text;
}

/** "1,234 km"; "1 234 км", "1.234 km", "1,234公里": the language's marks and unit. */
export function formatKm(km: number, f: Formats): string {
  return fill(f.km, { km: formatNumber(km, f.marks) });
}

/** A country's name in English (the corridor's own from src/i18n/countryNames.ts, others by Intl). */
export function countryName(code: string): string {
  return countryNameIn(code, DEFAULT_LANG);
}

/** Only http(s) links to sources are ever rendered. */
export function isSafeHttpUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:";
  } catch {
    return false;
  }
}
