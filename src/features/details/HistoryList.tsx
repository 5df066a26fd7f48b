// A segment's or place's dated history (PRODUCT.md: a list "History", one item per event,
// newest last), each with its source. The event current on the as-of date is marked; later
// ones are shown as later; targets are shown as targets, never as reached.
import { useId } from "react";
import type { HistoryEvent } from "../../data/schema.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { LocalText } from "../../i18n/LocalText.tsx";
import { localText } from "../../i18n/localText.ts";
import { STATUS_SPECS } from "../../layers/registry.ts";
import { currentEventIndex } from "../../time/history.ts";
import { formatDate } from "../../ui/format.ts";
import { RefLinks } from "./RefLinks.tsx";

export function HistoryList({ history, day }: { history: readonly HistoryEvent[]; day: number }) {
  const headingId = useId();
  const { t, lang, formats } = useI18n();
  if (history.length === 0) return null;
  const current = currentEventIndex(history, day);
  return (
    <section className="history" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("history.heading")}</h3>
      <ol className="history-list" aria-label={t("history.heading")}>
        {history.map((e, i) => {
          const target = e.kind === "target";
          const later = i > current && !target;
          const state = i === current ? "current" : target ? "target" : later ? "later" : "past";
          return (
            <li
              key={`${e.date}|${e.label}`}
              className={`history-event history-${state}`}
              aria-current={i === current ? "date" : undefined}
            >
              <time dateTime={e.date} className="history-date">
                {formatDate(e.date, e.datePrecision, formats)}
              </time>
              <span className="history-label">
                {target && <span className="history-tag">{t("history.target")}</span>}
                <LocalText shown={localText(e.label, e.labels, lang)} />
                {e.status && (
                  <span className={`status status-${e.status} history-status`}>
                    {t(STATUS_SPECS[e.status].labelKey)}
                  </span>
                )}
                {i === current && <span className="history-tag history-now">{t("history.now")}</span>}
                {later && <span className="history-tag">{t("history.later")}</span>}
                {e.setback && <span className="history-setback"> {e.setback}</span>}{" "}
                <RefLinks reference={e.ref} />
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
