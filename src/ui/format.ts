// How values read in the interface. Pure, so the tests can pin them down.
import type { SourceRef } from "../data/corridorTypes.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "31 Jan 2024", "Feb 2025" or "2025", as precise as the date is known. */
export function formatDate(date: string, precision: "day" | "month" | "year"): string {
  const [y, m, d] = date.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (precision === "day" && month && d) return `${Number(d)} ${month} ${y}`;
  if (precision !== "year" && month) return `${month} ${y}`;
  return y ?? date;
}

/** A source's date, with "(year inferred)" when the date was not printed. */
export function formatSourceDate(source: Pick<SourceRef, "date" | "datePrecision" | "dateInferred">): string {
  const text = formatDate(source.date, source.datePrecision);
  return source.dateInferred ? `${text} (year inferred)` : text;
}

export function formatKm(km: number): string {
  return `${km.toLocaleString("en-GB")} km`;
}

let regionNames: Intl.DisplayNames | null = null;

/**
 * The countries the corridor crosses, named as the sources name them. Engines ship different
 * region names (WebKitGTK's system ICU still says "Turkey" where Firefox and Chromium say
 * "Türkiye"), so these never depend on the browser; others come from Intl.
 */
const CORRIDOR_COUNTRY_NAMES: Record<string, string> = {
  AZ: "Azerbaijan",
  CN: "China",
  GE: "Georgia",
  KZ: "Kazakhstan",
  RO: "Romania",
  TM: "Turkmenistan",
  TR: "Türkiye",
};

export function countryName(code: string): string {
  const known = CORRIDOR_COUNTRY_NAMES[code];
  if (known) return known;
  try {
    regionNames ??= new Intl.DisplayNames(["en"], { type: "region" });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
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
