// Says on the map itself what date it shows, where there is no timeline (embeds, briefings):
// "As of Jun 2016", and "changes since 1 Jan 2025 marked" when the halo marks them.
import { useI18n } from "../../i18n/i18nContext.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { AsOfStamp } from "./AsOfStamp.tsx";

export function AsOfBadge() {
  const asOf = useAppStore((s) => s.asOf);
  const since = useAppStore((s) => s.since);
  const { t, formats } = useI18n();
  return (
    <AsOfStamp
      asOf={asOf}
      since={since}
      words={{ asOf: t("badge.asOf"), changesSince: (date) => t("badge.changesSince", { date }), formats }}
    />
  );
}
