// Data mistakes, each pinned to a file, an entry in it and a field, so a non-programmer can
// find and fix it. Shared by the build, `npm run check:data` and the tests.
import type { z } from "zod";
import type { TFunction } from "../i18n/catalogue.ts";
import { type CheckText, checkText, renderCheck, zodMessageText } from "./checkMessages.ts";

export interface DataError {
  /** Path relative to the project root, e.g. data/segments/kz-rail.json */
  file: string;
  /** Which entry in the file: an id where there is one, else its position. */
  entry: string;
  /** Dotted path to the field inside the entry, e.g. waypoints.3 */
  field: string;
  /** The English words, as `npm run check:data` prints them. */
  message: string;
  /** The same words as a message key (src/data/checkMessages.ts), for the editor's language. */
  text?: CheckText;
}

/** The message in the language of `t`; English (`message`) without one. */
export function dataErrorMessage(e: DataError, t?: TFunction): string {
  return t && e.text ? renderCheck(e.text, t) : e.message;
}

/** Where the mistake is: `file, entry "id", field "x"`, in the language of `t` (English by default). */
export function dataErrorWhere(e: DataError, t?: TFunction): string {
  const entry = e.entry && renderCheck({ key: "editor.check.where.entry", params: { entry: e.entry } }, t);
  const field = e.field && renderCheck({ key: "editor.check.where.field", params: { field: e.field } }, t);
  return [e.file, entry, field].filter(Boolean).join(", ");
}

/** The whole line as `npm run check:data` prints it (English). */
export function formatDataError(e: DataError): string {
  return formatDataErrorIn(e);
}

/** The same line in the language of `t`. */
export function formatDataErrorIn(e: DataError, t?: TFunction): string {
  return `${dataErrorWhere(e, t)}: ${dataErrorMessage(e, t)}`;
}

function describeIssue(issue: z.core.$ZodIssue): { message: string; text: CheckText } {
  // Parsed with reportInput, so a field that is absent shows as input undefined.
  if ("input" in issue && issue.input === undefined && issue.path.length > 0) {
    return checkText("editor.check.missing");
  }
  if (issue.code === "unrecognized_keys") {
    return checkText("editor.check.unknownFields", { fields: issue.keys.map((k) => `"${k}"`).join(", ") });
  }
  // An empty text where one is required (the editor writes a blank field as "").
  if (issue.code === "too_small" && issue.origin === "string" && Number(issue.minimum) === 1) {
    return checkText("editor.check.emptyText");
  }
  if (issue.code === "too_small" && issue.origin === "array" && Number(issue.minimum) === 1) {
    return checkText("editor.check.emptyList");
  }
  if (issue.code === "invalid_value" && "values" in issue) {
    return checkText("editor.check.oneOf", { values: issue.values.map((v) => JSON.stringify(v)).join(", ") });
  }
  return { message: issue.message, text: zodMessageText(issue.message) };
}

/**
 * Turns zod issues into DataErrors. `entryOf` names the entry an issue path falls in and
 * returns how many leading path parts that name covers (e.g. ["nodes", 3] → `"aktau-port"`, 2).
 */
export function issuesToErrors(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  entryOf: (path: readonly PropertyKey[]) => { entry: string; depth: number },
): DataError[] {
  return issues.map((issue) => {
    const { entry, depth } = entryOf(issue.path);
    const rest = issue.path.slice(depth).map(String);
    const field = issue.code === "unrecognized_keys" && rest.length === 0 ? "(entry)" : rest.join(".");
    return { file, entry, field, ...describeIssue(issue) };
  });
}
