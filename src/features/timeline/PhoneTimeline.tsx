// On phones and portrait tablets (where the details are a bottom sheet) the map keeps the whole
// height: the timeline opens over the map's foot from a button in the map's corner, which says
// the date shown ("As of Jun 2016") when it is not today.
import { useId, useState } from "react";
import type { Corridor } from "../../data/corridor.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { ErrorBoundary } from "../../ui/ErrorBoundary.tsx";
import { formatDate } from "../../ui/format.ts";
import { Timeline } from "./Timeline.tsx";

export function PhoneTimeline({ corridor }: { corridor: Corridor }) {
  const asOf = useAppStore((s) => s.asOf);
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="timeline-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {asOf ? `As of ${formatDate(asOf.iso, asOf.precision)}` : "Timeline"}
      </button>
      {open && (
        <div id={id} className="timeline-overlay">
          <ErrorBoundary name="Timeline" className="timeline-error">
            <Timeline corridor={corridor} />
          </ErrorBoundary>
        </div>
      )}
    </>
  );
}
