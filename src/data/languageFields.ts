// The data's per-language fields (`names`, `summaries`), from the language registry.
import "./zodConfig.ts";
import { z } from "zod";
import { TRANSLATED_LANGS, type TranslatedLang } from "../i18n/languages.ts";

/**
 * Texts per language of the registry (src/i18n/languages.ts) but English, which is the entry's
 * own field: `{"ru": "Баку", "tr": "Bakü", …}`. An unknown language code is refused as a
 * misspelt field; which must be there is the cross-file check's to say (checks/nameChecks.ts),
 * so the message can name the language.
 */
export const perLanguage = z.strictObject(
  Object.fromEntries(TRANSLATED_LANGS.map((l) => [l, z.string().min(1).optional()])) as Record<
    TranslatedLang,
    z.ZodOptional<z.ZodString>
  >,
);
