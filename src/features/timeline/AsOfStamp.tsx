// "As of Jun 2016" (and "changes since … marked") over a map or picture with no timeline. Pure:
// the interactive embed and the briefing pass the store's dates and the language's words
// (AsOfBadge), the still embed the URL's dates and the English words (it carries no catalogue).
import type { DayDate } from "../../time/dates.ts";
import { ENGLISH_FORMATS, type Formats, formatDate } from "../../ui/format.ts";

export interface StampWords {
  asOf: string;
  changesSince: (date: string) => string;
  formats: Formats;
}

const ENGLISH: StampWords = {
  asOf: "As of",
  changesSince: (date) => `changes since ${date} marked`,
  formats: ENGLISH_FORMATS,
};

export function AsOfStamp({
  asOf,
  since,
  words = ENGLISH,
}: {
  asOf: DayDate | null;
  since: DayDate | null;
  words?: StampWords;
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
