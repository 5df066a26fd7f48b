// The corridor overview at the top of the sidebar: what the map is, how to use it, and the
// sources with how many annotations each contributes.

import { useState } from "react";
import type { Corridor } from "../../data/corridor.ts";
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
  const counts = annotationCounts(corridor);
  const [phone] = useState(() => matchesMedia(PHONE_QUERY));
  return (
    <section className="overview" aria-label="Corridor overview">
      <h2 className="panel-heading">About this map</h2>
      <p>
        The Trans-Caspian International Transport Route runs from China through Kazakhstan, across the Caspian
        Sea, through Azerbaijan and Georgia to Türkiye and Europe; beside it, the planned Caspian seabed
        fibre-optic line and power cable. Select a line to read what the sources say about it.
      </p>
      {corridor.collection.overview.length > 0 && (
        // On a phone it starts folded, so the segment list is near the top of the drawer.
        <details className="overview-annotations" open={!phone}>
          <summary>What the sources say about the corridor ({corridor.collection.overview.length})</summary>
          {corridor.collection.overview.map((a) => (
            <AnnotationItem key={a.id} annotation={a} />
          ))}
        </details>
      )}
      <h3 className="overview-sources-title">
        Sources <span className="muted">(annotations)</span>
      </h3>
      <ul className="source-list">
        {corridor.sources.map((s) => {
          const n = counts.get(s.id) ?? 0;
          return (
            <li key={s.id} className={s.draft ? "is-draft" : undefined}>
              {s.draft && <span className="draft-badge">Draft</span>}
              <cite>
                {s.outlet}, “{s.title}
                {s.titleKind === "lede" ? "…" : ""}”
              </cite>
              , <time dateTime={s.date}>{formatSourceDate(s)}</time>.{" "}
              <span className="muted">
                {n} annotation{n === 1 ? "" : "s"}.
              </span>{" "}
              <ExternalLink href={s.url}>Original</ExternalLink>
              {onEdit && (
                <>
                  {" "}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Edit the source ${s.outlet}, ${formatSourceDate(s)}`}
                    onClick={() => onEdit(s.id)}
                  >
                    Edit
                  </button>
                </>
              )}
              {s.dateInferred && s.dateNote && (
                <details className="date-note">
                  <summary>How the date was inferred</summary>
                  <p>{s.dateNote}</p>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
