// "What changed since" (`&since=DATE`): every event from that date to the as-of date, grouped
// by segment, each with its source; the map marks the segments (the controller's halo layer).

import { useMemo } from "react";
import type { Corridor } from "../../data/corridor.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { INTENT } from "../../state/types.ts";
import { changesBetween } from "../../time/corridorTime.ts";
import { formatDate } from "../../ui/format.ts";
import { useShownDay } from "../timeline/useShownDay.ts";
import { ChangeList } from "./ChangeList.tsx";

export function ChangesPanel({ corridor }: { corridor: Corridor }) {
  const since = useAppStore((s) => s.since);
  const setSince = useAppStore((s) => s.setSince);
  const select = useAppStore((s) => s.select);
  const shown = useShownDay();
  const { t, formats } = useI18n();
  const changes = useMemo(
    () => (since ? changesBetween(corridor, since.day, shown.day) : []),
    [corridor, since, shown.day],
  );
  if (!since) return null;
  const count = changes.reduce((n, c) => n + c.events.length, 0);
  const to = shown.isToday ? t("changes.today") : formatDate(shown.iso, shown.precision, formats);
  return (
    <section className="changes" aria-label={t("changes.region")}>
      <div className="changes-header">
        <h2 className="panel-heading">
          {t("changes.heading")}{" "}
          <time dateTime={since.iso}>{formatDate(since.iso, since.precision, formats)}</time>
        </h2>
        <button type="button" className="text-button" onClick={() => setSince(null, "push")}>
          {t("changes.close")}
        </button>
      </div>
      <p className="small muted">
        {count === 0
          ? t("changes.nothing", { to })
          : t("changes.summary", {
              events: t("changes.events", { count }),
              features: t("changes.features", { count: changes.length }),
              to,
            })}
      </p>
      <ChangeList
        changes={changes}
        onChoose={(c) => select({ type: c.featureType, id: c.featureId }, INTENT.choose)}
      />
    </section>
  );
}
