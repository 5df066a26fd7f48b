// What stands over the still overview when the browser cannot draw the map (no WebGL): why, in
// the reader's language, and the browser's own reason, which is English and marked so.
import { useI18n } from "../i18n/i18nContext.ts";

export function NoWebglNote({ failure, interactive }: { failure: string; interactive: boolean }) {
  const { t } = useI18n();
  return (
    <div className="map-fallback-note" role="alert">
      <p>
        <strong>{t("error.noWebgl")}</strong> {t("error.noWebglWhy")}
        {interactive && ` ${t("error.noWebglClick")}`}
      </p>
      <p className="map-fallback-detail" lang="en">
        {failure}
      </p>
    </div>
  );
}
