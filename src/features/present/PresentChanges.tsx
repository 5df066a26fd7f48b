// A briefing's "changes since" step: what changed from its date to today, one line per line or
// place, short enough for a room to read; the map marks the lines (src/map/bindController.ts).
import type { Corridor } from "../../data/corridor.ts";
import { changesBetween, type FeatureChanges } from "../../time/corridorTime.ts";
import { dayOf, today } from "../../time/dates.ts";
import { formatDate } from "../../ui/format.ts";
import { shortQuote } from "./talkingPoints.ts";

/** As many lines as the caption holds beside the title at any 16:9 size (talking points are 3). */
const MAX_LINES = 4;

export function PresentChanges({ corridor, since }: { corridor: Corridor; since: string }) {
  // What happened comes before what is only aimed for: a status change first, then events, then
  // lines that only set a target in the span.
  const rank = (c: FeatureChanges) =>
    c.statusThen !== c.statusNow ? 0 : c.events.some((e) => e.kind !== "target") ? 1 : 2;
  const changes = changesBetween(corridor, dayOf(since), today())
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => c);
  const shown = changes.slice(0, MAX_LINES);
  const rest = changes.length - shown.length;
  if (changes.length === 0) return <p className="present-points">Nothing recorded since then.</p>;
  return (
    <ul className="present-points present-changes">
      {shown.map((c) => {
        const last = c.events.filter((e) => e.kind !== "target").at(-1) ?? c.events.at(-1);
        return (
          <li key={`${c.featureType}:${c.featureId}`}>
            <strong>{shortQuote(c.name)}</strong>
            {last && (
              <>
                : {last.kind === "target" ? "target: " : ""}
                {last.label} ({formatDate(last.date, last.datePrecision)})
                {c.events.length > 1 ? ` and ${c.events.length - 1} more` : ""}
              </>
            )}
          </li>
        );
      })}
      {rest > 0 && <li>…and {rest} more lines and places (the map marks them all).</li>}
    </ul>
  );
}
