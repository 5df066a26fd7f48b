// One annotation of the draft: its verbatim quotes (taken from the article, step 3's text box),
// the lines and places it is pinned to or "the corridor as a whole", our summary and the topic.
import { useId } from "react";
import type { Corridor } from "../../data/corridor.ts";
import type { DataError } from "../../data/dataErrors.ts";
import { TOPICS } from "../../data/vocabulary.ts";
import { errorsAt } from "../checkDraft.ts";
import type { DraftAnnotation } from "../draft.ts";
import type { TargetRef } from "../editorState.ts";
import { FieldErrors, invalidProps } from "./FieldErrors.tsx";
import { TargetPicker } from "./TargetPicker.tsx";

export interface AnnotationCardProps {
  index: number;
  annotation: DraftAnnotation;
  file: string;
  errors: readonly DataError[];
  shown: (field: string) => boolean;
  onTouch: (field: string) => void;
  corridor: Corridor;
  active: boolean;
  picking: boolean;
  onActivate: () => void;
  onChange: (patch: Partial<DraftAnnotation>) => void;
  onRemoveQuote: (index: number) => void;
  onToggleTarget: (target: TargetRef, on: boolean) => void;
  onPick: (on: boolean) => void;
  onRemove: () => void;
}

export function AnnotationCard(p: AnnotationCardProps) {
  const { annotation: a, index } = p;
  const base = useId();
  const key = (field: string) => `${a.id}.${field}`;
  const at = (field: string) => (p.shown(key(field)) ? errorsAt(p.errors, p.file, `"${a.id}"`, field) : []);
  const summaryErrors = at("summary");
  const topicErrors = at("topic");
  const targetErrors = [...at("segments"), ...at("nodes")];
  const quoteErrors = at("quotes");
  return (
    <section
      className={`editor-annotation${p.active ? " is-active" : ""}`}
      aria-labelledby={`${base}-h`}
      onFocusCapture={p.onActivate}
    >
      <div className="editor-annotation-head">
        <h4 id={`${base}-h`}>Annotation {index + 1}</h4>
        <button type="button" className="link-button" onClick={p.onRemove}>
          Remove annotation {index + 1}
        </button>
      </div>
      <h5>Quotes</h5>
      {a.quotes.length === 0 ? (
        <p className="muted small">No quote yet: select a passage in the article above and press Quote.</p>
      ) : (
        <ol className="editor-quotes">
          {a.quotes.map((q, i) => (
            <li key={q}>
              <blockquote className="annotation-quote">
                <p>{q}</p>
              </blockquote>
              <button
                type="button"
                className="link-button"
                aria-label={`Remove quote ${i + 1} of annotation ${index + 1}`}
                onClick={() => p.onRemoveQuote(i)}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <FieldErrors id={`${base}-quotes`} errors={quoteErrors} />
      <h5>About</h5>
      <label className="editor-check">
        <input
          type="checkbox"
          checked={a.corridor}
          onChange={(e) => p.onChange({ corridor: e.target.checked })}
        />{" "}
        The corridor as a whole (shown in the overview)
      </label>
      <TargetPicker
        corridor={p.corridor}
        annotation={a}
        picking={p.picking}
        onToggle={p.onToggleTarget}
        onPick={p.onPick}
      />
      <FieldErrors id={`${base}-targets`} errors={targetErrors} />
      <div className="editor-field">
        <label htmlFor={`${base}-summary`}>Summary, in our words</label>
        <textarea
          id={`${base}-summary`}
          rows={3}
          value={a.summary}
          {...invalidProps(`${base}-summary-errors`, summaryErrors)}
          onChange={(e) => p.onChange({ summary: e.target.value })}
          onBlur={() => p.onTouch(key("summary"))}
        />
        <FieldErrors id={`${base}-summary-errors`} errors={summaryErrors} />
      </div>
      <div className="editor-field">
        <label htmlFor={`${base}-topic`}>Topic</label>
        <select
          id={`${base}-topic`}
          value={a.topic}
          {...invalidProps(`${base}-topic-errors`, topicErrors)}
          onChange={(e) => p.onChange({ topic: e.target.value })}
          onBlur={() => p.onTouch(key("topic"))}
        >
          <option value="">(choose a topic)</option>
          {TOPICS.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <FieldErrors id={`${base}-topic-errors`} errors={topicErrors} />
      </div>
    </section>
  );
}
