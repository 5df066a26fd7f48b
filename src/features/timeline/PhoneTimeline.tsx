// On phones and portrait tablets (where the details are a bottom sheet) the map keeps the whole
// height: the timeline opens over the map's foot from a button in the map's corner, which says
// the date shown ("As of Jun 2016") when it is not today.
import { useId, useState } from "react";
import type { Corridor } from "../../data/corridor.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { ErrorBoundary } from "../../ui/ErrorBoundary.tsx";
import { formatDate } from "../../ui/format.ts";
import { Timeline } from "./Timeline.tsx";

export function PhoneTimeline({ corridor }: { corridor: Corridor }) {
  const asOf = useAppStore((s) => s.asOf);
  const [open, setOpen] = useState(false);
  const id = useId();
  const { t, formats } = useI18n();
  return (
    <>
      <button
        type="button"
        className="timeline-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {asOf
          ? t("timeline.asOf", { date: formatDate(asOf.iso, asOf.precision, formats) })
          : t("timeline.toggle")}
      </button>
      {open && (
        <div id={id} className="timeline-overlay">
          <ErrorBoundary name="timeline" className="timeline-error">
            <Timeline corridor={corridor} />
          </ErrorBoundary>
        </div>
      )}
    </>
  );
}
