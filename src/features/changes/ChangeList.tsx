// What changed between two dates, grouped by segment then place, each event with its source.
// Shared by the explore panel and a briefing's "changes since" step.
import { type I18n, useI18n } from "../../i18n/i18nContext.ts";
import { useFeatureName } from "../../i18n/useFeatureName.ts";
import { STATUS_SPECS } from "../../layers/registry.ts";
import type { FeatureChanges } from "../../time/corridorTime.ts";
import { formatDate } from "../../ui/format.ts";
import { RefLinks } from "../details/RefLinks.tsx";

const statusLabel = (s: FeatureChanges["statusNow"], { t, locale }: I18n) =>
  s === undefined
    ? null
    : s === null
      ? t("changes.notYetProposed")
      : t(STATUS_SPECS[s].labelKey).toLocaleLowerCase(locale);

export function ChangeList({
  changes,
  onChoose,
  compact = false,
}: {
  changes: readonly FeatureChanges[];
  /** Selects the segment or place (explore); absent in a briefing. */
  onChoose?: (c: FeatureChanges) => void;
  /** A briefing: no sources or notes, short lines a room can read. */
  compact?: boolean;
}) {
  const i18n = useI18n();
  const { t, formats } = i18n;
  const nameOf = useFeatureName();
  return (
    <ul className={`change-list${compact ? " change-list-compact" : ""}`}>
      {changes.map((c) => {
        const then = statusLabel(c.statusThen, i18n);
        const now = statusLabel(c.statusNow, i18n);
        const name = nameOf(c.featureType, c.featureId, c.name);
        return (
          <li key={`${c.featureType}:${c.featureId}`} className="change-group">
            <h4 className="change-name">
              {onChoose ? (
                <button type="button" className="text-button" onClick={() => onChoose(c)}>
                  {name}
                </button>
              ) : (
                name
              )}
              {then !== now && then !== null && now !== null && (
                <span className="change-status">
                  {" "}
                  {then} → {now}
                </span>
              )}
            </h4>
            <ul className="change-events">
              {c.events.map((e) => (
                <li key={`${e.date}|${e.label}`}>
                  <time dateTime={e.date}>{formatDate(e.date, e.datePrecision, formats)}</time>{" "}
                  {e.kind === "target" && <span className="history-tag">{t("history.target")}</span>}
                  {e.label}
                  {!compact && (
                    <>
                      {" "}
                      <RefLinks reference={e.ref} />
                    </>
                  )}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
