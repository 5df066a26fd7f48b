// "As of Jun 2016" (and "changes since … marked") over a map or picture with no timeline. Pure:
// the interactive embed and the briefing pass the store's dates and the language's words
// (AsOfBadge), the still embed the URL's dates and the words of its lite file.
import type { DayDate } from "../../time/dates.ts";
import { type Formats, formatDate } from "../../ui/format.ts";

export interface StampWords {
  asOf: string;
  changesSince: (date: string) => string;
  formats: Formats;
}

export function AsOfStamp({
  asOf,
  since,
  words,
}: {
  asOf: DayDate | null;
  since: DayDate | null;
  words: StampWords;
}) {
  if (!asOf && !since) return null;
  return (
    <p className="as-of-badge">
      {asOf && (
        <>
          {words.asOf} <time dateTime={asOf.iso}>{formatDate(asOf.iso, asOf.precision, words.formats)}</time>
        </>
      )}
      {asOf && since && " · "}
      {since && (
        <>
          <span className="as-of-changed" aria-hidden="true" />
          {words.changesSince(formatDate(since.iso, since.precision, words.formats))}
        </>
      )}
    </p>
  );
}
