// Reads, validates and builds the corridor data in one call: what the build, the check command
// and the tests share.

import { buildCorridor } from "../../src/data/buildCorridor.ts";
import type { CorridorCollection } from "../../src/data/corridorTypes.ts";
import type { DataError } from "../../src/data/dataErrors.ts";
import { type ValidData, validateData } from "../../src/data/validateData.ts";
import { readDataDir } from "./readData.ts";

export type LoadResult =
  | { ok: true; data: ValidData; corridor: CorridorCollection }
  | { ok: false; errors: DataError[] };

export function loadCorridor(root: string): LoadResult {
  const { raw, errors } = readDataDir(root);
  const result = validateData(raw);
  const all = [...errors, ...(result.ok ? [] : result.errors)];
  if (all.length > 0 || !result.ok) return { ok: false, errors: all };
  return { ok: true, data: result.data, corridor: buildCorridor(result.data) };
}
