// When ranked places and names show, as data: the map style turns these into MapLibre `step`
// expressions (src/map/style.ts, basemapLayers.ts) and the figures and tests read them with
// `rankAt`, so the live map and a figure of the same zoom show the same names.

/** [rank at the lowest zoom, zoom, rank from there, zoom, rank from there, …]: a `step`'s stops. */
export type RankSteps = readonly number[];

/** The corridor's place symbols (and, half a zoom later, their names): rank 1 at country zoom. A
 * basemap city at a corridor place shows only while the place's symbol does not. */
export const NODE_SYMBOL_RANKS: RankSteps = [1, 4.5, 2, 6.5, 3];
export const NODE_LABEL_RANKS: RankSteps = [1, 5, 2, 7, 3];
/** Country names: the corridor's countries and big neighbours first, small countries close up. */
export const COUNTRY_LABEL_RANKS: RankSteps = [1, 4, 2, 5.5, 3];
/** Seas: the big ones first, then seas and gulfs, straits and bays (Bosporus) from zoom 5.5–6.5. */
export const SEA_LABEL_RANKS: RankSteps = [1, 4, 2, 5.5, 3, 6.5, 4];

/** The highest rank shown at `zoom`. */
export function rankAt(steps: RankSteps, zoom: number): number {
  let rank = steps[0] ?? 0;
  for (let i = 1; i + 1 < steps.length; i += 2) {
    if (zoom >= (steps[i] ?? Number.POSITIVE_INFINITY)) rank = steps[i + 1] ?? rank;
  }
  return rank;
}
