// A briefing's "changes since" step: what changed from its date to today, one line per line or
// place, short enough for a room to read; the map marks the lines (src/map/bindController.ts).
import type { Corridor } from "../../data/corridor.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { LocalText } from "../../i18n/LocalText.tsx";
import { localName } from "../../i18n/localName.ts";
import { localText } from "../../i18n/localText.ts";
import { changesBetween, type FeatureChanges } from "../../time/corridorTime.ts";
import { dayOf, today } from "../../time/dates.ts";
import { formatDate } from "../../ui/format.ts";
import { shortQuote } from "./talkingPoints.ts";

/** As many lines as the caption holds beside the title at any 16:9 size (talking points are 3). */
const MAX_LINES = 4;

export function PresentChanges({ corridor, since }: { corridor: Corridor; since: string }) {
  const { t, lang, formats } = useI18n();
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
  const nameOf = (c: FeatureChanges) => {
    const entry =
      c.featureType === "segment"
        ? corridor.segmentById.get(c.featureId)?.properties
        : corridor.nodeById.get(c.featureId)?.properties;
    return entry ? localName(entry, lang) : c.name;
  };
  if (changes.length === 0) return <p className="present-points">{t("present.changesNone")}</p>;
  return (
    <ul className="present-points present-changes">
      {shown.map((c) => {
        const last = c.events.filter((e) => e.kind !== "target").at(-1) ?? c.events.at(-1);
        return (
          <li key={`${c.featureType}:${c.featureId}`}>
            <strong>{shortQuote(nameOf(c))}</strong>
            {last && (
              <>
                : {last.kind === "target" ? `${t("present.changesTarget")} ` : ""}
                <LocalText shown={localText(last.label, last.labels, lang)} /> (
                {formatDate(last.date, last.datePrecision, formats)})
                {c.events.length > 1 ? ` ${t("present.changesMore", { count: c.events.length - 1 })}` : ""}
              </>
            )}
          </li>
        );
      })}
      {rest > 0 && <li>{t("present.changesRest", { count: rest })}</li>}
    </ul>
  );
}
