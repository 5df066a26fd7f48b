// What the Route region says about a variant, pure so it is tested without React: a short name
// that tells the variants apart, the hours as the sources give them, the sentence about transit
// times, and the rows of the compare table. Every function takes the reader's words
// (routeWords.ts); without them it is English, as before.

import { countryNameIn } from "../../i18n/countryName.ts";
import { formatNumber } from "../../i18n/translate.ts";
import { KINDS } from "../../layers/registry.ts";
import type { Labelled } from "../../layers/registryLabels.ts";
import type { BorderCrossing, GaugeChange, RouteLeg, RouteSummary } from "../../route/routeSummary.ts";
import { formatKm } from "../../ui/format.ts";
import { type RouteWords, routeWords } from "./routeWords.ts";

const ENGLISH_WORDS = routeWords();

/** Brackets, ASCII or full-width (Chinese names use those): "Alat (Port of Baku)" is Alat. */
const ASIDE = /\s*[(（][^)）]*[)）]/g;

/**
 * How a border is named in a variant's name: the place(s) at it, not the countries, without the
 * asides in brackets ("Alat (Port of Baku)" is Alat), which every variant would repeat.
 */
export function borderPlaces(label: string): string {
  // i18n-ignore: reads the English border label the route finder writes, never shown
  const sea = label.indexOf(" by sea, ");
  const at = label.indexOf(" at ");
  const places =
    sea >= 0 ? label.slice(sea + " by sea, ".length) : at >= 0 ? label.slice(at + " at ".length) : label;
  return places.replace(ASIDE, "");
}

/** The places a border is named by, in the reader's language, without their asides. */
export function borderAt(b: BorderCrossing, w: RouteWords = ENGLISH_WORDS): string {
  if (!w.named) return borderPlaces(b.label);
  return b.at.map((id) => w.place(id, undefined, true).replace(ASIDE, "")).join(b.bySea ? "–" : "/");
}

/** "China–Kazakhstan at Alashankou/Dostyk", "Kazakhstan–Azerbaijan by sea, Kuryk–Alat". */
export function borderLabel(b: BorderCrossing, w: RouteWords = ENGLISH_WORDS): string {
  if (!w.named && w.lang === "en") return b.label;
  const from = countryNameIn(b.fromCountry, w.lang);
  const to = countryNameIn(b.toCountry, w.lang);
  const places = w.named
    ? b.at.map((id) => w.place(id, undefined, true)).join(b.bySea ? "–" : "/")
    : borderPlaces(b.label);
  return w.t(b.bySea ? "route.borderSea" : "route.border", { from, to, places });
}

/** "1,520 mm → 1,435 mm at Akhalkalaki". */
export function gaugeChangeLabel(g: GaugeChange, w: RouteWords = ENGLISH_WORDS): string {
  if (!w.named && w.lang === "en") return g.label;
  const change = arrow(w.t("route.gaugeMm", { mm: g.fromMm }), w.t("route.gaugeMm", { mm: g.toMm }));
  return w.t("route.gaugeChange", { change, place: w.place(g.at, undefined, true) });
}

/**
 * "A → B": the arrow is the same in every language, so it is not in the catalogues (whose
 * characters the shipped fonts must all cover; the arrow comes from the system's fonts).
 */
export const arrow = (from: string, to: string) => `${from} → ${to}`;

/** "Aktau → Alat": a leg's ends in the reader's language. */
export function legLabel(l: RouteLeg, w: RouteWords = ENGLISH_WORDS): string {
  return arrow(w.place(l.from, l.fromName), w.place(l.to, l.toName));
}

/**
 * A name for each variant from the borders it crosses that not every variant crosses
 * ("via Alashankou/Dostyk, Aktau–Alat"); with nothing to tell apart, all its borders.
 */
export function variantNames(routes: readonly RouteSummary[], w: RouteWords = ENGLISH_WORDS): string[] {
  const named = routes.map((r) => r.borders.map((b) => borderAt(b, w)));
  const everywhere = (name: string) => named.every((names) => names.includes(name));
  return named.map((names, i) => {
    const own = names.filter((n) => !everywhere(n));
    const shown = routes.length > 1 && own.length > 0 ? own : names;
    return shown.length > 0
      ? w.t("route.variantVia", { places: [...new Set(shown)].join(w.t("route.listSep")) })
      : w.t("route.variantN", { n: i + 1 });
  });
}

/** "about 22 h" or "22 h": as the source gives it. */
export function formatHours(
  figure: { hours: number; approx: boolean },
  w: RouteWords = ENGLISH_WORDS,
): string {
  return w.t(figure.approx ? "route.hoursAbout" : "route.hours", { hours: figure.hours });
}

const KIND_WORDS: Readonly<Record<string, Labelled | undefined>> = KINDS;

/** A kind's name in the reader's language (the registry's key), else the English label. */
const kindLabel = (k: { kind: string; label: string }, w: RouteWords) =>
  w.say(KIND_WORDS[k.kind]?.labelKey, k.label);

/** Km by mode, as one line: "Railway 8,765 km · Sea crossing 484 km". */
export function kmByMode(route: RouteSummary, w: RouteWords = ENGLISH_WORDS): string {
  return route.kmByKind.map((k) => `${kindLabel(k, w)} ${formatKm(k.km, w.formats)}`).join(" · ");
}

/** The counts a variant is compared by, as a line under its km. */
export function variantCounts(route: RouteSummary, w: RouteWords = ENGLISH_WORDS): string {
  return [
    w.t("route.countBorders", { count: route.borders.length }),
    w.t("route.countGaugeChanges", { count: route.gaugeChanges.length }),
    w.t("route.countSeaCrossings", { count: route.seaCrossings.length }),
    w.t("route.countAnnotations", { count: route.annotations.count }),
  ].join(" · ");
}

/**
 * The sentence about the whole route's time: a total only when every leg has a sourced figure;
 * otherwise which legs have none. Never an estimate.
 */
export function transitSentence(route: RouteSummary, w: RouteWords = ENGLISH_WORDS): string {
  const t = route.transit;
  if (t.total) return w.t("route.transitTotal", { hours: formatHours(t.total, w) });
  if (t.legs.length === 0) return w.t("route.transitNone");
  const without = t.legsWithout.map((i) => {
    const l = route.legs[i];
    return l ? legLabel(l, w) : w.t("route.legN", { n: i + 1 });
  });
  return w.t("route.transitGaps", { count: without.length, legs: without.join("; ") });
}

export interface CompareRow {
  label: string;
  values: string[];
}

/** Rows of the compare table, one column per variant (up to three). */
export function compareRows(routes: readonly RouteSummary[], w: RouteWords = ENGLISH_WORDS): CompareRow[] {
  const kinds = [...new Map(routes.flatMap((r) => r.kmByKind.map((k) => [k.kind, k] as const))).values()];
  const row = (label: string, value: (r: RouteSummary) => string): CompareRow => ({
    label,
    values: routes.map(value),
  });
  const n = (x: number) => formatNumber(x, w.formats.marks);
  return [
    row(w.t("route.rowTotal"), (r) => formatKm(r.km, w.formats)),
    ...kinds.map((k) =>
      row(kindLabel(k, w), (r) => formatKm(r.kmByKind.find((x) => x.kind === k.kind)?.km ?? 0, w.formats)),
    ),
    row(w.t("route.borders"), (r) => n(r.borders.length)),
    row(w.t("route.gaugeChanges"), (r) => n(r.gaugeChanges.length)),
    row(w.t("route.seaCrossings"), (r) => n(r.seaCrossings.length)),
    row(w.t("route.rowLegs"), (r) => n(r.legs.length)),
    row(w.t("route.rowAnnotations"), (r) => n(r.annotations.count)),
    row(w.t("route.transitTime"), (r) =>
      r.transit.total ? formatHours(r.transit.total, w) : w.t("route.notSourced"),
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
