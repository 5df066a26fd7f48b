// "As of Jun 2016" (and "changes since … marked") over a map or picture with no timeline. Pure:
// the interactive embed and the briefing pass the store's dates (AsOfBadge), the still embed
// the URL's.
import type { DayDate } from "../../time/dates.ts";
import { formatDate } from "../../ui/format.ts";

export function AsOfStamp({ asOf, since }: { asOf: DayDate | null; since: DayDate | null }) {
  if (!asOf && !since) return null;
  return (
    <p className="as-of-badge">
      {asOf && (
        <>
          As of <time dateTime={asOf.iso}>{formatDate(asOf.iso, asOf.precision)}</time>
        </>
      )}
      {asOf && since && " · "}
      {since && (
        <>
          <span className="as-of-changed" aria-hidden="true" />
          changes since <time dateTime={since.iso}>{formatDate(since.iso, since.precision)}</time> marked
        </>
      )}
    </p>
  );
}
