// What the panel shows when nothing is selected: what the map is, how to use it, and the
// sources with how many annotations each contributes.
import type { Corridor } from "../../data/corridor.ts";
import { ExternalLink } from "../../ui/ExternalLink.tsx";
import { formatSourceDate } from "../../ui/format.ts";

function annotationCounts(corridor: Corridor): Map<string, number> {
  const seen = new Map<string, string>();
  for (const f of [...corridor.segments, ...corridor.nodes]) {
    for (const a of f.properties.annotations) seen.set(a.id, a.source.id);
  }
  const counts = new Map<string, number>();
  for (const sourceId of seen.values()) counts.set(sourceId, (counts.get(sourceId) ?? 0) + 1);
  return counts;
}

export function Overview({ corridor }: { corridor: Corridor }) {
  const counts = annotationCounts(corridor);
  return (
    <section className="details overview" aria-label="Corridor overview">
      <header className="details-header">
        <h2>The Middle Corridor</h2>
      </header>
      <div className="details-body">
        <p>
          The Trans-Caspian International Transport Route runs from China through Kazakhstan, across the
          Caspian Sea, through Azerbaijan and Georgia to Türkiye and Europe. Alongside it run the planned
          Caspian seabed fibre-optic line and power cable.
        </p>
        <p className="muted">
          Select a line on the map or a segment in the list to read what the sources say about it, with the
          quote and the citation. {corridor.segments.length} segments, {corridor.nodes.length} places.
        </p>
        <h3>Sources</h3>
        <ul className="source-list">
          {corridor.sources.map((s) => (
            <li key={s.id}>
              <cite>
                {s.outlet}, “{s.title}
                {s.titleKind === "lede" ? "…" : ""}”
              </cite>
              , <time dateTime={s.date}>{formatSourceDate(s)}</time>, {s.dateline}.{" "}
              <span className="muted">
                {counts.get(s.id) ?? 0} annotation{counts.get(s.id) === 1 ? "" : "s"}.
              </span>{" "}
              <ExternalLink href={s.url}>Original article</ExternalLink>
              {s.dateInferred && s.dateNote && <p className="muted small">{s.dateNote}</p>}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
