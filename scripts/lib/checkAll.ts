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
  const load = loadCorridor(root);
  if (!load.ok) return { load, errors: load.errors, lengths: [] };
  const geometry = checkSegmentGeometry(load.data.segments, loadCountries());
  const { reports, errors: lengthErrors } = checkLengths(load.data.segments);
  return { load, errors: [...geometry, ...lengthErrors], lengths: reports };
}
