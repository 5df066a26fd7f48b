// Every check on data/: schema and links (loadCorridor), geometry against Natural Earth
// countries, drawn lengths against published ones. Used by `npm run check:data` and the tests.
import type { DataError } from "../../src/data/dataErrors.ts";
import { checkSegmentGeometry } from "../../src/data/geoChecks.ts";
import { checkLengths, type LengthReport } from "../../src/data/lengthCheck.ts";
import { loadCountries } from "./countries.ts";
import { type LoadResult, loadCorridor } from "./loadCorridor.ts";

export interface CheckResult {
  load: LoadResult;
  errors: DataError[];
  lengths: LengthReport[];
}

export function checkAll(root: string): CheckResult {
  return createChecker()(root);
}

/**
 * checkAll as a function that remembers its last geometry and length results: those read the
 * segments only, so while they are unchanged (the editor's saves write sources and annotations)
 * a check costs the schema and cross-file checks alone. The result is the same as checkAll's.
 */
export function createChecker(): (root: string) => CheckResult {
  let last: { segments: string; errors: DataError[]; lengths: LengthReport[] } | null = null;
  return (root) => {
    const load = loadCorridor(root);
    if (!load.ok) return { load, errors: load.errors, lengths: [] };
    const segments = JSON.stringify(load.data.segments);
    if (last?.segments !== segments) {
      const geometry = checkSegmentGeometry(load.data.segments, loadCountries());
      const { reports, errors: lengthErrors } = checkLengths(load.data.segments);
      last = { segments, errors: [...geometry, ...lengthErrors], lengths: reports };
    }
    return { load, errors: last.errors, lengths: last.lengths };
  };
}
