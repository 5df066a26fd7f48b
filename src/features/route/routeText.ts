// What the Route region says about a variant, pure so it is tested without React: a short name
// that tells the variants apart, the hours as the sources give them, the sentence about transit
// times, and the rows of the compare table.
import type { RouteSummary } from "../../route/routeSummary.ts";
import { formatKm } from "../../ui/format.ts";

/**
 * How a border is named in a variant's name: the place(s) at it, not the countries, without the
 * asides in brackets ("Alat (Port of Baku)" is Alat), which every variant would repeat.
 */
export function borderPlaces(label: string): string {
  const sea = label.indexOf(" by sea, ");
  const at = label.indexOf(" at ");
  const places =
    sea >= 0 ? label.slice(sea + " by sea, ".length) : at >= 0 ? label.slice(at + " at ".length) : label;
  return places.replace(/\s*\([^)]*\)/g, "");
}

/**
 * A name for each variant from the borders it crosses that not every variant crosses
 * ("via Alashankou/Dostyk, Aktau–Alat"); with nothing to tell apart, all its borders.
 */
export function variantNames(routes: readonly RouteSummary[]): string[] {
  const named = routes.map((r) => r.borders.map((b) => borderPlaces(b.label)));
  const everywhere = (name: string) => named.every((names) => names.includes(name));
  return named.map((names, i) => {
    const own = names.filter((n) => !everywhere(n));
    const shown = routes.length > 1 && own.length > 0 ? own : names;
    return shown.length > 0 ? `via ${[...new Set(shown)].join(", ")}` : `Route ${i + 1}`;
  });
}

/** "about 22 h" or "22 h": as the source gives it. */
export function formatHours(figure: { hours: number; approx: boolean }): string {
  return `${figure.approx ? "about " : ""}${figure.hours.toLocaleString("en-GB")} h`;
}

/** Km by mode, as one line: "Railway 8,765 km · Sea crossing 484 km". */
export function kmByMode(route: RouteSummary): string {
  return route.kmByKind.map((k) => `${k.label} ${formatKm(k.km)}`).join(" · ");
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The counts a variant is compared by, as a line under its km. */
export function variantCounts(route: RouteSummary): string {
  return [
    count(route.borders.length, "border", "borders"),
    count(route.gaugeChanges.length, "gauge change", "gauge changes"),
    count(route.seaCrossings.length, "sea crossing", "sea crossings"),
    count(route.annotations.count, "annotation", "annotations"),
  ].join(" · ");
}

/**
 * The sentence about the whole route's time: a total only when every leg has a sourced figure;
 * otherwise which legs have none. Never an estimate.
 */
export function transitSentence(route: RouteSummary): string {
  const t = route.transit;
  if (t.total)
    return `Total transit time: ${formatHours(t.total)}, the sum of the sourced times of every leg.`;
  const without = t.legsWithout.map((i) => {
    const l = route.legs[i];
    return l ? `${l.fromName} → ${l.toName}` : `leg ${i + 1}`;
  });
  if (t.legs.length === 0)
    return "No source gives a transit time for any leg of this route, so no total is given.";
  return `No total time: no source gives one for ${without.length === 1 ? "the leg" : `${without.length} legs`}: ${without.join("; ")}.`;
}

export interface CompareRow {
  label: string;
  values: string[];
}

/** Rows of the compare table, one column per variant (up to three). */
export function compareRows(routes: readonly RouteSummary[]): CompareRow[] {
  const kinds = [...new Map(routes.flatMap((r) => r.kmByKind.map((k) => [k.kind, k.label] as const)))];
  const row = (label: string, value: (r: RouteSummary) => string): CompareRow => ({
    label,
    values: routes.map(value),
  });
  return [
    row("Total", (r) => formatKm(r.km)),
    ...kinds.map(([kind, label]) =>
      row(label, (r) => formatKm(r.kmByKind.find((k) => k.kind === kind)?.km ?? 0)),
    ),
    row("Borders", (r) => String(r.borders.length)),
    row("Gauge changes", (r) => String(r.gaugeChanges.length)),
    row("Sea crossings", (r) => String(r.seaCrossings.length)),
    row("Legs", (r) => String(r.legs.length)),
    row("Annotations", (r) => String(r.annotations.count)),
    row("Transit time", (r) =>
      r.transit.total ? formatHours(r.transit.total) : "not sourced for every leg",
    ),
  ];
}

/** Variants side by side in the compare table. */
export const COMPARE_MAX = 3;

/**
 * The variants the compare table shows, in the list's order: the shortest three, or, when the
 * chosen one is further down, the shortest two and the chosen one (so it is always compared).
 */
export function compareSet(count: number, chosen: number): number[] {
  const first = Array.from({ length: Math.min(count, COMPARE_MAX) }, (_, i) => i);
  return chosen < COMPARE_MAX || chosen >= count ? first : [...first.slice(0, COMPARE_MAX - 1), chosen];
}
