// A line's status as of the date shown: today's status, or the status then with today's beside it.
import type { HistoryEvent } from "../../data/schema.ts";
import type { SegmentStatus } from "../../data/vocabulary.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { STATUS_SPECS } from "../../layers/registry.ts";
import { statusOn, tracksStatus } from "../../time/history.ts";
import { formatDate } from "../../ui/format.ts";
import type { ShownDay } from "../timeline/useShownDay.ts";

function Badge({ status }: { status: SegmentStatus }) {
  const { t } = useI18n();
  return <span className={`status status-${status}`}>{t(STATUS_SPECS[status].labelKey)}</span>;
}

export function StatusAsOf({
  history,
  current,
  shown,
}: {
  history: readonly HistoryEvent[];
  current: SegmentStatus;
  shown: ShownDay;
}) {
  const { t, formats } = useI18n();
  if (shown.isToday || !tracksStatus(history)) return <Badge status={current} />;
  const then = statusOn(history, shown.day);
  const date = formatDate(shown.iso, shown.precision, formats);
  return (
    <>
      {then ? <Badge status={then} /> : <span className="status status-none">{t("status.none")}</span>}{" "}
      <span className="muted small">
        {t("details.asOf", { date })}
        {then === current ? (
          t("details.asToday")
        ) : (
          <>
            {t("details.today")} <Badge status={current} />
          </>
        )}
      </span>
    </>
  );
}
