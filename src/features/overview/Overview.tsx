// The corridor overview at the top of the sidebar: what the map is, how to use it, and the
// sources with how many annotations each contributes.

import { useState } from "react";
import type { Corridor } from "../../data/corridor.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { withPeriod } from "../../i18n/sentence.ts";
import { ExternalLink } from "../../ui/ExternalLink.tsx";
import { formatSourceDate } from "../../ui/format.ts";
import { PHONE_QUERY } from "../../ui/layout.ts";
import { matchesMedia } from "../../ui/useMediaQuery.ts";
import { AnnotationItem } from "../details/AnnotationItem.tsx";

function annotationCounts(corridor: Corridor): Map<string, number> {
  const seen = new Map<string, string>();
  for (const a of corridor.collection.overview) seen.set(a.id, a.source.id);
  for (const f of [...corridor.segments, ...corridor.nodes]) {
    for (const a of f.properties.annotations) seen.set(a.id, a.source.id);
  }
  const counts = new Map<string, number>();
  for (const sourceId of seen.values()) counts.set(sourceId, (counts.get(sourceId) ?? 0) + 1);
  return counts;
}

export function Overview({
  corridor,
  onEdit,
}: {
  corridor: Corridor;
  /** "Edit" on each source, where the editor can run. */
  onEdit?: ((sourceId: string) => void) | undefined;
}) {
  const { t, formats } = useI18n();
  const counts = annotationCounts(corridor);
  const [phone] = useState(() => matchesMedia(PHONE_QUERY));
  return (
    <section className="overview" aria-label={t("overview.label")}>
      <h2 className="panel-heading">{t("overview.heading")}</h2>
      <p>{t("overview.intro")}</p>
      {corridor.collection.overview.length > 0 && (
        // On a phone it starts folded, so the segment list is near the top of the drawer.
        <details className="overview-annotations" open={!phone}>
          <summary>{t("overview.sourcesSay", { count: corridor.collection.overview.length })}</summary>
          {corridor.collection.overview.map((a) => (
            <AnnotationItem key={a.id} annotation={a} />
          ))}
        </details>
      )}
      <h3 className="overview-sources-title">
        {t("overview.sources")} <span className="muted">{t("overview.sourcesNote")}</span>
      </h3>
      <ul className="source-list">
        {corridor.sources.map((s) => {
          const n = counts.get(s.id) ?? 0;
          const date = formatSourceDate(s, formats);
          return (
            <li key={s.id} className={s.draft ? "is-draft" : undefined}>
              {s.draft && <span className="draft-badge">{t("annotation.draft")}</span>}
              {/* The source's own title, in its language. */}
              <cite lang={s.language}>
                {s.outlet}, “{s.title}
                {s.titleKind === "lede" ? "…" : ""}”
              </cite>
              , <time dateTime={s.date}>{date}</time>
              {withPeriod(date).slice(date.length)}{" "}
              <span className="muted">{t("overview.annotationCount", { count: n })}</span>{" "}
              <ExternalLink href={s.url}>{t("overview.original")}</ExternalLink>
              {onEdit && (
                <>
                  {" "}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t("overview.editLabel", { outlet: s.outlet, date })}
                    onClick={() => onEdit(s.id)}
                  >
                    {t("annotation.edit")}
                  </button>
                </>
              )}
              {s.dateInferred && s.dateNote && (
                <details className="date-note">
                  <summary>{t("overview.dateInferred")}</summary>
                  <p lang="en">{s.dateNote}</p>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
