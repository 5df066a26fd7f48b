// A line's status as of the date shown: today's status, or the status then with today's beside it.
import type { HistoryEvent } from "../../data/schema.ts";
import type { SegmentStatus } from "../../data/vocabulary.ts";
import { STATUS_SPECS } from "../../layers/registry.ts";
import { statusOn, tracksStatus } from "../../time/history.ts";
import { formatDate } from "../../ui/format.ts";
import type { ShownDay } from "../timeline/useShownDay.ts";

const Badge = ({ status }: { status: SegmentStatus }) => (
  <span className={`status status-${status}`}>{STATUS_SPECS[status].label}</span>
);

export function StatusAsOf({
  history,
  current,
  shown,
}: {
  history: readonly HistoryEvent[];
  current: SegmentStatus;
  shown: ShownDay;
}) {
  if (shown.isToday || !tracksStatus(history)) return <Badge status={current} />;
  const then = statusOn(history, shown.day);
  const date = formatDate(shown.iso, shown.precision);
  return (
    <>
      {then ? <Badge status={then} /> : <span className="status status-none">Not yet proposed</span>}{" "}
      <span className="muted small">
        as of {date}
        {then === current ? (
          ", as today"
        ) : (
          <>
            ; today <Badge status={current} />
          </>
        )}
      </span>
    </>
  );
}
