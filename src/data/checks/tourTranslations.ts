// A tour step without a translation of its title or notes: a warning, not an error (the
// briefing shows the English there, marked "(in English)"); `npm run check:data` lists them.
// i18n-ignore-file: npm run check:data's warnings for untranslated tour texts.
import { TRANSLATED_LANGS } from "../../i18n/languages.ts";
import type { TourStep } from "../schema.ts";
import type { DataWarning } from "./nameChecks.ts";

export function tourWarnings(tour: readonly TourStep[], file = "data/tour.json"): DataWarning[] {
  return tour.flatMap((step, i) => {
    const fields = [
      { field: "titles", missing: TRANSLATED_LANGS.filter((l) => !step.titles?.[l]) },
      { field: "notesIn", missing: step.notes ? TRANSLATED_LANGS.filter((l) => !step.notesIn?.[l]) : [] },
    ];
    return fields
      .filter((f) => f.missing.length > 0)
      .map((f) => ({
        file,
        entry: `step ${i + 1}`,
        field: f.field,
        message: `no translation in ${f.missing.join(", ")}: the briefing shows the English there`,
      }));
  });
}
