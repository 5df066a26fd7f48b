// Data mistakes, each pinned to a file, an entry in it and a field, so a non-programmer can
// find and fix it. Shared by the build, `npm run check:data` and the tests.
import type { z } from "zod";

export interface DataError {
  /** Path relative to the project root, e.g. data/segments/kz-rail.json */
  file: string;
  /** Which entry in the file: an id where there is one, else its position. */
  entry: string;
  /** Dotted path to the field inside the entry, e.g. waypoints.3 */
  field: string;
  message: string;
}

export function formatDataError(e: DataError): string {
  const where = [e.file, e.entry && `entry ${e.entry}`, e.field && `field "${e.field}"`]
    .filter(Boolean)
    .join(", ");
  return `${where}: ${e.message}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  // Parsed with reportInput, so a field that is absent shows as input undefined.
  if ("input" in issue && issue.input === undefined && issue.path.length > 0) {
    return "is missing";
  }
  if (issue.code === "unrecognized_keys") {
    return `has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}: check the spelling`;
  }
  // An empty text where one is required (the editor writes a blank field as "").
  if (issue.code === "too_small" && issue.origin === "string" && Number(issue.minimum) === 1) {
    return "is empty: fill it in";
  }
  if (issue.code === "too_small" && issue.origin === "array" && Number(issue.minimum) === 1) {
    return "is empty: it needs at least one";
  }
  if (issue.code === "invalid_value" && "values" in issue) {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  return issue.message;
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
    return { file, entry, field, message: describeIssue(issue) };
  });
}
