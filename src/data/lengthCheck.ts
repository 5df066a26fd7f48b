// Drawn length against a published length: the drawn line must be within ±15 % of it. The
// check reports every ratio, so a reviewer sees how close each line is.
// i18n-ignore-file: the length check's messages, printed by npm run check:data only.
import { segmentLengthKm } from "./buildCorridor.ts";
import type { DataError } from "./dataErrors.ts";
import type { Segment } from "./schema.ts";

export const LENGTH_TOLERANCE = 0.15;

export interface LengthReport {
  id: string;
  drawnKm: number;
  referenceKm: number;
  ratio: number;
}

export function checkLengths(segments: readonly (Segment & { file: string })[]): {
  reports: LengthReport[];
  errors: DataError[];
} {
  const reports: LengthReport[] = [];
  const errors: DataError[] = [];
  for (const s of segments) {
    if (!s.referenceLength) continue;
    const drawnKm = segmentLengthKm(s.waypoints);
    const ratio = drawnKm / s.referenceLength.km;
    reports.push({ id: s.id, drawnKm, referenceKm: s.referenceLength.km, ratio });
    if (Math.abs(ratio - 1) > LENGTH_TOLERANCE) {
      errors.push({
        file: s.file,
        entry: `"${s.id}"`,
        field: "referenceLength.km",
        message: `the drawn line is ${drawnKm} km, ${Math.round(ratio * 100)} % of the reference ${s.referenceLength.km} km (allowed ${Math.round((1 - LENGTH_TOLERANCE) * 100)}–${Math.round((1 + LENGTH_TOLERANCE) * 100)} %): check the waypoints or the reference`,
      });
    }
  }
  return { reports, errors };
}
