// One annotation of the draft: its verbatim quotes (taken from the article, step 3's text box),
// the lines and places it is pinned to or "the corridor as a whole", our summary and the topic.
import { useId } from "react";
import type { Corridor } from "../../data/corridor.ts";
import type { DataError } from "../../data/dataErrors.ts";
import { TOPICS } from "../../data/vocabulary.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
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
  const { t } = useI18n();
  const { annotation: a, index } = p;
  const n = index + 1;
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
        <h4 id={`${base}-h`}>{t("editor.annotation.heading", { n })}</h4>
        <button type="button" className="link-button" onClick={p.onRemove}>
          {t("editor.annotation.remove", { n })}
        </button>
      </div>
      <h5>{t("editor.annotation.quotes")}</h5>
      {a.quotes.length === 0 ? (
        <p className="muted small">{t("editor.annotation.noQuote")}</p>
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
                aria-label={t("editor.annotation.removeQuoteLabel", { quote: i + 1, n })}
                onClick={() => p.onRemoveQuote(i)}
              >
                {t("editor.annotation.removeQuote")}
              </button>
            </li>
          ))}
        </ol>
      )}
      <FieldErrors id={`${base}-quotes`} errors={quoteErrors} />
      <h5>{t("editor.annotation.about")}</h5>
      <label className="editor-check">
        <input
          type="checkbox"
          checked={a.corridor}
          onChange={(e) => p.onChange({ corridor: e.target.checked })}
        />{" "}
        {t("editor.annotation.corridor")}
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
        <label htmlFor={`${base}-summary`}>{t("editor.annotation.summary")}</label>
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
        <label htmlFor={`${base}-topic`}>{t("editor.annotation.topic")}</label>
        <select
          id={`${base}-topic`}
          value={a.topic}
          {...invalidProps(`${base}-topic-errors`, topicErrors)}
          onChange={(e) => p.onChange({ topic: e.target.value })}
          onBlur={() => p.onTouch(key("topic"))}
        >
          <option value="">{t("editor.annotation.chooseTopic")}</option>
          {TOPICS.map((topic) => (
            <option key={topic} value={topic}>
              {t(`topic.${topic}`)}
            </option>
          ))}
        </select>
        <FieldErrors id={`${base}-topic-errors`} errors={topicErrors} />
      </div>
    </section>
  );
}
