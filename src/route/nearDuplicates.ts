// Which alternatives are worth showing. A variant is a near-duplicate of a better route (one
// listed before it) when it shares at least 90 % of its km with that route and what it does not
// share (its detour) is at most 100 km: the same way with a kink, not another way. On the
// corridor the real alternatives differ by hundreds of km (Aktau or Kuryk, Dostyk or Khorgos,
// today's line via Zharyk or the shortcut), so only such kinks are dropped; a short route is
// never dropped for a 100 km detour, since that is more than 10 % of it.
import type { Path } from "./kShortest.ts";
import { edgeKey } from "./routeGraph.ts";

export interface NearDuplicateRule {
  /** Shared km as a share of the variant's km, at or above which it may be a near-duplicate. */
  minSharedShare: number;
  /** The most km of the variant off the better route for it still to count as a kink. */
  maxDetourKm: number;
}

export const NEAR_DUPLICATE: Readonly<NearDuplicateRule> = {
  minSharedShare: 0.9,
  maxDetourKm: 100,
};

/** The km of `variant` that run on stretches `better` does not use. */
export function detourKm(variant: Path, better: Path): number {
  const shared = new Set(better.hops.map(edgeKey));
  return variant.hops.reduce((km, h) => (shared.has(edgeKey(h)) ? km : km + h.km), 0);
}

export function isNearDuplicate(
  variant: Path,
  better: Path,
  rule: NearDuplicateRule = NEAR_DUPLICATE,
): boolean {
  const off = detourKm(variant, better);
  return variant.km - off >= rule.minSharedShare * variant.km && off <= rule.maxDetourKm;
}

/** The paths (best first) without those that are near-duplicates of one kept before them, at most `limit`. */
export function dropNearDuplicates(
  paths: Iterable<Path>,
  limit: number,
  rule: NearDuplicateRule = NEAR_DUPLICATE,
): Path[] {
  const kept: Path[] = [];
  for (const p of paths) {
    if (kept.length >= limit) break;
    if (!kept.some((better) => isNearDuplicate(p, better, rule))) kept.push(p);
  }
  return kept;
}
