// Says on the map itself what date it shows, where there is no timeline (embeds, briefings):
// "As of Jun 2016", and "changes since 1 Jan 2025 marked" when the halo marks them.
import { useI18n } from "../../i18n/i18nContext.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { formatDate } from "../../ui/format.ts";

export function AsOfBadge() {
  const asOf = useAppStore((s) => s.asOf);
  const since = useAppStore((s) => s.since);
  const { t, formats } = useI18n();
  if (!asOf && !since) return null;
  return (
    <p className="as-of-badge">
      {asOf && (
        <>
          {t("badge.asOf")} <time dateTime={asOf.iso}>{formatDate(asOf.iso, asOf.precision, formats)}</time>
        </>
      )}
      {asOf && since && " · "}
      {since && (
        <>
          <span className="as-of-changed" aria-hidden="true" />
          {t("badge.changesSince", { date: formatDate(since.iso, since.precision, formats) })}
        </>
      )}
    </p>
  );
}
