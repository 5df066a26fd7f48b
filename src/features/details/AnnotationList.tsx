// The annotations of a segment or place, with filters by topic and by source when there is
// more than one to choose from (annotationFilter.ts says how a filter follows the selection).
import { useId } from "react";
import type { AnnotationOut } from "../../data/corridorTypes.ts";
import type { Topic } from "../../data/vocabulary.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { carryFilter, filterAnnotations, filterOptions } from "../../state/annotationFilter.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { formatSourceDate } from "../../ui/format.ts";
import { AnnotationItem } from "./AnnotationItem.tsx";

export function AnnotationList({ annotations }: { annotations: readonly AnnotationOut[] }) {
  // The store resets what a new selection does not offer; applying only what these
  // annotations offer keeps the selects showing the filter in force whatever the store holds.
  const stored = useAppStore((s) => s.annotationFilter);
  const filter = carryFilter(stored, annotations);
  const setFilter = useAppStore((s) => s.setAnnotationFilter);
  const headingId = useId();
  const { topics, sources } = filterOptions(annotations);
  const shown = filterAnnotations(annotations, filter);
  const filtered = shown.length !== annotations.length;
  const { t, formats } = useI18n();

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>
        {filtered
          ? t("annotations.headingFiltered", { shown: shown.length, count: annotations.length })
          : t("annotations.heading", { count: annotations.length })}
      </h3>
      {(topics.length > 1 || sources.length > 1 || filter.topic || filter.source) && (
        <div className="annotation-filters">
          <label>
            {t("annotations.topic")}{" "}
            <select
              value={filter.topic ?? ""}
              onChange={(e) => setFilter({ ...filter, topic: (e.target.value || null) as Topic | null })}
            >
              <option value="">{t("annotations.all")}</option>
              {topics.map((topic) => (
                <option key={topic} value={topic}>
                  {t(`topic.${topic}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("annotations.source")}{" "}
            <select
              value={filter.source ?? ""}
              onChange={(e) => setFilter({ ...filter, source: e.target.value || null })}
            >
              <option value="">{t("annotations.all")}</option>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.outlet}, {formatSourceDate(s, formats)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {annotations.length === 0 && <p className="muted">{t("annotations.none")}</p>}
      {filtered && shown.length === 0 && <p className="muted">{t("annotations.noMatch")}</p>}
      {shown.map((a) => (
        <AnnotationItem key={a.id} annotation={a} />
      ))}
    </section>
  );
}
