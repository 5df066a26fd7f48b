// Every place and segment is named in every language of the registry (src/i18n/languages.ts):
// an error, since a map label or a list entry cannot fall back quietly. Summaries may lack a
// translation: that is a warning (`npm run check:data` lists them), and the app shows the
// English summary marked as such.
// i18n-ignore-file: npm run check:data's warnings for untranslated names and summaries.
import { languageSpec, TRANSLATED_LANGS, type TranslatedLang } from "../../i18n/languages.ts";
import { checkText } from "../checkMessages.ts";
import type { DataError } from "../dataErrors.ts";
import type { CorridorNode } from "../schema.ts";
import type { ValidData } from "../validateData.ts";

type Named = { id: string; names?: Partial<Record<TranslatedLang, string>> | undefined };

const missingIn = (entry: Named) => TRANSLATED_LANGS.filter((l) => !entry.names?.[l]);

function nameErrors(file: string, entry: Named, what: "segment" | "place"): DataError[] {
  return missingIn(entry).map((lang) => ({
    file,
    entry: `"${entry.id}"`,
    field: `names.${lang}`,
    ...checkText(what === "segment" ? "editor.check.segmentName" : "editor.check.placeName", {
      language: languageSpec(lang).nativeName,
      code: lang,
    }),
  }));
}

export function checkNames(
  segments: ValidData["segments"],
  nodes: readonly CorridorNode[],
  nodesFile: string,
): DataError[] {
  return [
    ...segments.flatMap((s) => nameErrors(s.file, s, "segment")),
    ...nodes.flatMap((n) => nameErrors(nodesFile, n, "place")),
  ];
}

/** A summary without a translation: shown in English in that language, marked so. */
export interface DataWarning {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export function summaryWarnings(annotations: ValidData["annotations"]): DataWarning[] {
  return annotations.flatMap((a) => {
    const missing = TRANSLATED_LANGS.filter((l) => !a.summaries?.[l]);
    if (missing.length === 0) return [];
    return [
      {
        file: a.file,
        entry: `"${a.id}"`,
        field: "summaries",
        message: `no translation of the summary in ${missing.join(", ")}: shown in English there`,
      },
    ];
  });
}
