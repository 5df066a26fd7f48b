// The data check's words, built once for two readers: `npm run check:data` (and the build, the
// dev server) print the English text, the editor shows the same problem in the reader's
// language. A problem is a message key of the catalogues (`editor.check.*`) with its
// parameters; the English `message` of a DataError is that text in the English catalogue, so
// the two can never differ. Parameters that are themselves messages (a "did you mean" hint) are
// nested texts, rendered in the same language. Ids, file names and quotes stay as written.
import type { MessageKey, TFunction } from "../i18n/catalogue.ts";
import { en } from "../i18n/catalogues/en.ts";
import { makeT } from "../i18n/translate.ts";

/** A problem's words: a catalogue key with its parameters, or text only English has (zod's own). */
export type CheckText = { key: MessageKey; params?: Record<string, CheckParam> } | { english: string };
export type CheckParam = string | CheckText;

const englishT = makeT(en, "en-GB");

/** The text in the language of `t` (the English catalogue's by default). */
export function renderCheck(text: CheckText, t: TFunction = englishT): string {
  if ("english" in text) return text.english;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(text.params ?? {}))
    params[name] = typeof value === "string" ? value : renderCheck(value, t);
  // Keys and parameters are pinned by the builders below; t's per-key typing cannot follow a
  // key chosen at run time.
  return (t as (key: MessageKey, params: Record<string, string>) => string)(text.key, params);
}

/** A problem of key `key`: its English message for the command line, and its text for the editor. */
export function checkText(key: MessageKey, params: Record<string, CheckParam> = {}) {
  const text: CheckText = { key, params };
  return { message: renderCheck(text), text };
}

/** `; did you mean "a", "b" or "c"?` as a nested text, or "" when nothing is near. */
export function didYouMeanText(near: readonly string[]): CheckParam {
  const quoted = near.map((k) => `"${k}"`);
  if (quoted.length === 0) return "";
  const ids: CheckParam =
    quoted.length === 1
      ? (quoted[0] ?? "")
      : {
          key: "editor.check.orList",
          params: { items: quoted.slice(0, -1).join(", "), last: quoted.at(-1) ?? "" },
        };
  return { key: "editor.check.didYouMean", params: { ids } };
}

/**
 * The schema's own messages (src/data/schema.ts passes them to zod as English text): looked up
 * again from that text when an issue is described, so a schema message is a key like the rest.
 */
const SCHEMA_KEYS = [
  "editor.check.kebabId",
  "editor.check.countryCode",
  "editor.check.isoDate",
  "editor.check.httpUrl",
  "editor.check.refNeeded",
  "editor.check.dateAndPrecision",
  "editor.check.precisionMismatch",
  "editor.check.targetNoStatus",
  "editor.check.annotationTarget",
] as const satisfies readonly MessageKey[];
export type SchemaMessageKey = (typeof SCHEMA_KEYS)[number];

/** The English text a schema rule gives zod. */
export const schemaMessage = (key: SchemaMessageKey): string => en[key];

const keyOfSchemaMessage = new Map<string, SchemaMessageKey>(SCHEMA_KEYS.map((k) => [en[k], k]));

/** A zod issue's message as a text: the schema's key when it is one of ours, else zod's English. */
export function zodMessageText(message: string): CheckText {
  const key = keyOfSchemaMessage.get(message);
  return key ? { key } : { english: message };
}
