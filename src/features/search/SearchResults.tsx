// The results popup: one listbox, a group per kind with its heading (the ARIA listbox pattern
// with grouped options). The search box keeps focus and points at the active option through
// aria-activedescendant; a pointer chooses without taking focus from it.
// Titles and details are said in the reader's language; the matched words are marked in the
// title as shown (a name typed in Russian is marked in the Russian name).
import type { MessageKey } from "../../i18n/catalogue.ts";
import { type I18n, useI18n } from "../../i18n/i18nContext.ts";
import { Highlighted } from "./Highlighted.tsx";
import type { SearchKind } from "./searchDocs.ts";
import type { SearchGroup, SearchHit } from "./searchIndex.ts";
import { resultDetail, resultTitle } from "./searchWords.ts";
import { markRanges, snippet } from "./snippet.ts";

const HEADINGS = {
  place: "search.places",
  segment: "search.segments",
  annotation: "search.annotations",
  source: "search.sources",
} as const satisfies Record<SearchKind, MessageKey>;

export interface SearchResultsProps {
  id: string;
  groups: readonly SearchGroup[];
  /** Index of the active option in the flat list (groups in order). */
  active: number;
  optionId: (index: number) => string;
  onChoose: (hit: SearchHit) => void;
  onHover: (index: number) => void;
}

function ResultText({ hit, i18n }: { hit: SearchHit; i18n: I18n }) {
  const { doc, terms } = hit;
  const passage = doc.passages ? snippet(doc.passages, terms) : null;
  const title = resultTitle(doc, i18n);
  return (
    <>
      <span className="search-result-title" lang={doc.about.type === "source" ? undefined : i18n.lang}>
        <Highlighted text={title} ranges={markRanges(title, terms)} />
      </span>
      {passage?.text && (
        <span className="search-result-snippet">
          <Highlighted text={passage.text} ranges={passage.ranges} />
        </span>
      )}
      <span className="search-result-detail">{resultDetail(doc, i18n)}</span>
    </>
  );
}

export function SearchResults({ id, groups, active, optionId, onChoose, onHover }: SearchResultsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  let index = 0;
  return (
    <div role="listbox" id={id} aria-label={t("search.resultsLabel")} className="search-results">
      {groups.map((g) => {
        const headingId = `${id}-${g.kind}`;
        return (
          // A fieldset groups form fields; the listbox pattern's groups are role="group".
          // biome-ignore lint/a11y/useSemanticElements: see above
          <div key={g.kind} role="group" aria-labelledby={headingId} className="search-group">
            <div role="presentation" id={headingId} className="search-group-heading">
              {t(HEADINGS[g.kind])}
              {g.total > g.hits.length && (
                <span className="search-group-count">
                  {" "}
                  {t("search.groupCount", { shown: g.hits.length, total: g.total })}
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
                  <ResultText hit={hit} i18n={i18n} />
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
