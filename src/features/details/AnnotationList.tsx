// The annotations of a segment or place, with filters by topic and by source when there is
// more than one to choose from (annotationFilter.ts says how a filter follows the selection).
import { useId } from "react";
import type { AnnotationOut } from "../../data/corridorTypes.ts";
import type { Topic } from "../../data/vocabulary.ts";
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

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>
        What the sources say ({filtered ? `${shown.length} of ${annotations.length}` : annotations.length})
      </h3>
      {(topics.length > 1 || sources.length > 1 || filter.topic || filter.source) && (
        <div className="annotation-filters">
          <label>
            Topic{" "}
            <select
              value={filter.topic ?? ""}
              onChange={(e) => setFilter({ ...filter, topic: (e.target.value || null) as Topic | null })}
            >
              <option value="">all</option>
              {topics.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label>
            Source{" "}
            <select
              value={filter.source ?? ""}
              onChange={(e) => setFilter({ ...filter, source: e.target.value || null })}
            >
              <option value="">all</option>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.outlet}, {formatSourceDate(s)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {annotations.length === 0 && <p className="muted">No source article speaks of this yet.</p>}
      {filtered && shown.length === 0 && <p className="muted">No annotation matches these filters.</p>}
      {shown.map((a) => (
        <AnnotationItem key={a.id} annotation={a} />
      ))}
    </section>
  );
}
