// Says on the map itself what date it shows, where there is no timeline (embeds, briefings):
// "As of Jun 2016", and "changes since 1 Jan 2025 marked" when the halo marks them.
import { useAppStore } from "../../state/StoreContext.tsx";
import { formatDate } from "../../ui/format.ts";

export function AsOfBadge() {
  const asOf = useAppStore((s) => s.asOf);
  const since = useAppStore((s) => s.since);
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
