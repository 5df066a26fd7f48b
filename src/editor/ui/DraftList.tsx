// The drafts kept in this browser: resume one, discard one (after a confirmation), or start a
// new source. Newest first.
import type { DraftPreview } from "../../data/draftPreview.ts";

export function DraftList({
  drafts,
  currentKey,
  onResume,
  onDiscard,
  onNew,
}: {
  drafts: readonly DraftPreview[];
  currentKey: string;
  onResume: (key: string) => void;
  onDiscard: (key: string) => void;
  onNew: () => void;
}) {
  const others = drafts.filter((d) => d.key !== currentKey);
  return (
    <details className="editor-drafts" open={others.length > 0}>
      <summary>Drafts in this browser ({drafts.length})</summary>
      <ul>
        {drafts.map((d) => (
          <li key={d.key}>
            <span>
              {d.editOf ? "Edit of " : ""}
              <strong>{d.source.title}</strong> <span className="muted small">{d.source.id}</span>
              {d.key === currentKey && <span className="muted small"> (open)</span>}
            </span>{" "}
            {d.key !== currentKey && (
              <button type="button" className="link-button" onClick={() => onResume(d.key)}>
                Resume
              </button>
            )}{" "}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                if (window.confirm(`Discard the draft “${d.source.title}”? This cannot be undone.`))
                  onDiscard(d.key);
              }}
            >
              Discard
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onNew}>
        Start a new source
      </button>
    </details>
  );
}
