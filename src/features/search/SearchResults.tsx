// The results popup: one listbox, a group per kind with its heading (the ARIA listbox pattern
// with grouped options). The search box keeps focus and points at the active option through
// aria-activedescendant; a pointer chooses without taking focus from it.

import { Highlighted } from "./Highlighted.tsx";
import type { SearchKind } from "./searchDocs.ts";
import type { SearchGroup, SearchHit } from "./searchIndex.ts";
import { markRanges, snippet } from "./snippet.ts";

const HEADINGS: Record<SearchKind, string> = {
  place: "Places",
  segment: "Segments",
  annotation: "Annotations",
  source: "Sources",
};

export interface SearchResultsProps {
  id: string;
  groups: readonly SearchGroup[];
  /** Index of the active option in the flat list (groups in order). */
  active: number;
  optionId: (index: number) => string;
  onChoose: (hit: SearchHit) => void;
  onHover: (index: number) => void;
}

function ResultText({ hit }: { hit: SearchHit }) {
  const { doc, terms } = hit;
  const passage = doc.passages ? snippet(doc.passages, terms) : null;
  return (
    <>
      <span className="search-result-title">
        <Highlighted text={doc.title} ranges={markRanges(doc.title, terms)} />
      </span>
      {passage?.text && (
        <span className="search-result-snippet">
          <Highlighted text={passage.text} ranges={passage.ranges} />
        </span>
      )}
      <span className="search-result-detail">{doc.detail}</span>
    </>
  );
}

export function SearchResults({ id, groups, active, optionId, onChoose, onHover }: SearchResultsProps) {
  let index = 0;
  return (
    <div role="listbox" id={id} aria-label="Search results" className="search-results">
      {groups.map((g) => {
        const headingId = `${id}-${g.kind}`;
        return (
          // A fieldset groups form fields; the listbox pattern's groups are role="group".
          // biome-ignore lint/a11y/useSemanticElements: see above
          <div key={g.kind} role="group" aria-labelledby={headingId} className="search-group">
            <div role="presentation" id={headingId} className="search-group-heading">
              {HEADINGS[g.kind]}
              {g.total > g.hits.length && (
                <span className="search-group-count">
                  {" "}
                  ({g.hits.length} of {g.total})
                </span>
              )}
            </div>
            {g.hits.map((hit) => {
              const i = index++;
              return (
                // Keys come from the listbox's pattern: the input handles them for every option.
                // biome-ignore lint/a11y/useKeyWithClickEvents: see above
                <div
                  key={hit.doc.key}
                  id={optionId(i)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={i === active}
                  className="search-result"
                  data-key={hit.doc.key}
                  onMouseMove={() => i !== active && onHover(i)}
                  onClick={() => onChoose(hit)}
                >
                  <ResultText hit={hit} />
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
