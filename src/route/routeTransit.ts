// Transit times along a route, never invented: a leg has one only where the data gives its
// segment a sourced `transitHours` and the leg is that whole segment. The total is given only
// when every leg has one; otherwise the legs without are listed, so the reader sees the gap.
import type { TransitHours } from "../data/schema.ts";
import type { RouteLeg } from "./routeLegs.ts";

export interface RouteTransit {
  /** The legs with a sourced figure, with its reference. */
  legs: { leg: number; figure: TransitHours }[];
  /** Only when every leg has a figure; approx when any of them is. */
  total: { hours: number; approx: boolean } | null;
  /** Indices of the legs with no figure. */
  legsWithout: number[];
}

export function routeTransit(legs: readonly RouteLeg[]): RouteTransit {
  const known = legs.flatMap((l, i) => (l.transit ? [{ leg: i, figure: l.transit }] : []));
  const legsWithout = legs.flatMap((l, i) => (l.transit ? [] : [i]));
  const total =
    legs.length > 0 && legsWithout.length === 0
      ? {
          hours: known.reduce((h, k) => h + k.figure.hours, 0),
          approx: known.some((k) => k.figure.approx),
        }
      : null;
  return { legs: known, total, legsWithout };
}
