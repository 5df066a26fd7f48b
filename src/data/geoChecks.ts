// Geometry checks on the data: land lines stay in the countries they declare (5 km tolerance
// at borders), sea lines and cables run over water except near their landing points, and no
// line crosses a country it does not declare. Pure: the caller supplies the country shapes.
// i18n-ignore-file: the geometry check's messages, printed by npm run check:data only.
import { bbox } from "@turf/bbox";
import { type KindSpec, REGISTRY, type Registry } from "../layers/registry.ts";
import type { DataError } from "./dataErrors.ts";
import { distanceKm, pointInPolygon, EARTH_RADIUS_KM as R, RAD as rad } from "./geometry.ts";
import type { Segment } from "./schema.ts";

export interface CountryShape {
  /** ISO 3166-1 alpha-2, or "" for areas without one (Kosovo, Northern Cyprus…). */
  code: string;
  name: string;
  /** Polygons of [lon, lat] rings; the first ring of each is the outline, the rest holes. */
  polygons: number[][][][];
}

/** How far past a border a land line may stray (the data's waypoints are approximate). */
export const BORDER_TOLERANCE_KM = 5;
/** How far from its ends a sea line or cable may run over land (ports, landing points). */
export const LANDING_ZONE_KM = 15;
/** Distance between the points checked along each line. */
const STEP_KM = 2;

/** The kinds the registry says run on this surface (land or water). */
const kindsOn = (registry: Registry, surface: KindSpec["surface"]) =>
  new Set(Object.entries(registry.kinds).flatMap(([k, spec]) => (spec.surface === surface ? [k] : [])));

/** Points every STEP_KM along the line, with their distance from the start and to the end. */
export function samplePoints(
  line: readonly (readonly number[])[],
): { point: number[]; fromStart: number; toEnd: number }[] {
  const out: { point: number[]; fromStart: number }[] = [];
  let travelled = 0;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i] as number[];
    const b = line[i + 1] as number[];
    const d = distanceKm(a, b);
    const n = Math.max(1, Math.ceil(d / STEP_KM));
    for (let k = 0; k < n; k++) {
      const t = k / n;
      out.push({
        point: [(a[0] ?? 0) + ((b[0] ?? 0) - (a[0] ?? 0)) * t, (a[1] ?? 0) + ((b[1] ?? 0) - (a[1] ?? 0)) * t],
        fromStart: travelled + d * t,
      });
    }
    travelled += d;
  }
  const last = line.at(-1);
  if (last) out.push({ point: [...last], fromStart: travelled });
  return out.map((p) => ({ ...p, toEnd: travelled - p.fromStart }));
}

interface IndexedCountry extends CountryShape {
  bbox: [number, number, number, number];
}

function countryContains(c: IndexedCountry, x: number, y: number): boolean {
  const [w, s, e, n] = c.bbox;
  if (x < w || x > e || y < s || y > n) return false;
  return c.polygons.some((polygon) => pointInPolygon([x, y], polygon));
}

/** Shortest distance, in km, from a point to a country's outline (flat approximation, fine at 5 km). */
function distanceToCountryKm(c: IndexedCountry, p: number[]): number {
  const [px = 0, py = 0] = p;
  const kx = Math.cos(py * rad) * R * rad;
  const ky = R * rad;
  let best = Number.POSITIVE_INFINITY;
  for (const polygon of c.polygons) {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [ax = 0, ay = 0] = ring[i] ?? [];
        const [bx = 0, by = 0] = ring[i + 1] ?? [];
        const ux = (bx - ax) * kx;
        const uy = (by - ay) * ky;
        const vx = (px - ax) * kx;
        const vy = (py - ay) * ky;
        const len2 = ux * ux + uy * uy || 1;
        const t = Math.max(0, Math.min(1, (vx * ux + vy * uy) / len2));
        best = Math.min(best, Math.hypot(vx - t * ux, vy - t * uy));
      }
    }
  }
  return best;
}

const fmt = (p: number[]) => `${(p[0] ?? 0).toFixed(2)}, ${(p[1] ?? 0).toFixed(2)}`;

export function checkSegmentGeometry(
  segments: readonly (Segment & { file: string })[],
  countries: readonly CountryShape[],
  registry: Registry = REGISTRY,
): DataError[] {
  const LAND_KINDS = kindsOn(registry, "land");
  const WATER_KINDS = kindsOn(registry, "water");
  const indexed: IndexedCountry[] = countries.map((c) => ({
    ...c,
    bbox: bbox({ type: "MultiPolygon", coordinates: c.polygons }) as [number, number, number, number],
  }));
  const label = (c: IndexedCountry) => `${c.name}${c.code ? ` (${c.code})` : ""}`;
  const errors: DataError[] = [];

  for (const s of segments) {
    if (!LAND_KINDS.has(s.kind) && !WATER_KINDS.has(s.kind)) continue;
    const declared = indexed.filter((c) => s.countries.includes(c.code));
    const nearDeclared = (p: number[]) =>
      declared.some((c) => distanceToCountryKm(c, p) <= BORDER_TOLERANCE_KM);
    const reported = new Set<string>();
    const report = (key: string, message: string) => {
      if (reported.has(key)) return;
      reported.add(key);
      errors.push({ file: s.file, entry: `"${s.id}"`, field: "waypoints", message });
    };

    for (const { point, fromStart, toEnd } of samplePoints(s.waypoints)) {
      const [x = 0, y = 0] = point;
      const inside = indexed.find((c) => countryContains(c, x, y));
      if (inside && !s.countries.includes(inside.code)) {
        // Within the border tolerance of a declared country, an approximate line is forgiven.
        if (!nearDeclared(point)) {
          report(
            `cross:${inside.code || inside.name}`,
            `crosses ${label(inside)} near ${fmt(point)}, which its "countries" do not list`,
          );
        }
        continue;
      }
      if (LAND_KINDS.has(s.kind) && !inside && !nearDeclared(point)) {
        report(
          "off-land",
          `leaves its countries (${s.countries.join(", ")}) near ${fmt(point)}: a land line must stay on land`,
        );
      }
      if (WATER_KINDS.has(s.kind) && inside && Math.min(fromStart, toEnd) > LANDING_ZONE_KM) {
        report(
          "on-land",
          `runs over land (${label(inside)}) near ${fmt(point)}, away from its landing points`,
        );
      }
    }
  }
  return errors;
}
