// How values read in the interface. Pure, so the tests can pin them down.
import type { SourceRef } from "../data/corridorTypes.ts";
import { countryNameIn } from "../i18n/countryName.ts";
import { DEFAULT_LANG } from "../i18n/languages.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The locale a caller that does not say gets: English as the app has always written it. */
const ENGLISH = "en-GB";

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const DATE_PARTS = {
  day: { day: "numeric", month: "short", year: "numeric" },
  month: { month: "short", year: "numeric" },
  year: { year: "numeric" },
} as const;

function dateFormat(locale: string, precision: "day" | "month" | "year"): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...DATE_PARTS[precision], timeZone: "UTC" });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * "31 Jan 2024", "Feb 2025" or "2025", as precise as the date is known; in another locale as
 * Intl writes it ("25 февр. 2025 г.", "2025 ж. 25 ақп."). English keeps its own month table:
 * ICU versions differ on it ("Sep" or "Sept"), and figures and tests pin the English text.
 */
export function formatDate(date: string, precision: "day" | "month" | "year", locale = ENGLISH): string {
  const [y, m, d] = date.split("-");
  if (!locale.startsWith("en")) {
    const day = new Date(Date.UTC(Number(y), m ? Number(m) - 1 : 0, d ? Number(d) : 1));
    const shown = precision === "day" && !d ? "month" : precision !== "year" && !m ? "year" : precision;
    if (!Number.isNaN(day.getTime())) return dateFormat(locale, shown).format(day);
  }
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (precision === "day" && month && d) return `${Number(d)} ${month} ${y}`;
  if (precision !== "year" && month) return `${month} ${y}`;
  return y ?? date;
}

/** A source's date, with "(year inferred)" (or `inferred`'s words) when the date was not printed. */
export function formatSourceDate(
  source: Pick<SourceRef, "date" | "datePrecision" | "dateInferred">,
  locale = ENGLISH,
  inferred: (date: string) => string = (date) => `${date} (year inferred)`,
): string {
  const text = formatDate(source.date, source.datePrecision, locale);
  return source.dateInferred ? inferred(text) : text;
}

const kmFormats = new Map<string, Intl.NumberFormat>();

/** "1,234 km"; "1 234 км", "1.234 km", "1,234公里" in the reader's locale. */
export function formatKm(km: number, locale = ENGLISH): string {
  let format = kmFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "unit", unit: "kilometer", unitDisplay: "short" });
    kmFormats.set(locale, format);
  }
  return format.format(km);
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
