// Step 1: the article. Pasted as received (kept byte for byte in data/sources/<id>.txt); the
// lines that are not the article (a publisher's promotion) are ticked to be left out, and the
// article is then shown as the reader will show it, in step 3.
import { useId } from "react";
import { useI18n } from "../../i18n/i18nContext.ts";
import type { Draft } from "../draft.ts";
import { articleLines } from "../editorState.ts";

export function ArticleStep({
  draft,
  onText,
  onOmit,
}: {
  draft: Draft;
  onText: (text: string) => void;
  onOmit: (line: string, omitted: boolean) => void;
}) {
  const { t } = useI18n();
  const textId = useId();
  const hintId = useId();
  const lines = articleLines(draft.text);
  return (
    <>
      <label htmlFor={textId}>{t("editor.article.label")}</label>
      <p id={hintId} className="muted small">
        {t("editor.article.hint")}
      </p>
      <textarea
        id={textId}
        className="editor-article-input"
        rows={8}
        value={draft.text}
        aria-describedby={hintId}
        onChange={(e) => onText(e.target.value)}
      />
      {lines.length > 1 && (
        <fieldset className="editor-omit">
          <legend>{t("editor.article.omit")}</legend>
          <p className="muted small">{t("editor.article.omitHint")}</p>
          <ul>
            {lines.map((line) => {
              const omitted = draft.omitLines.includes(line);
              return (
                <li key={line}>
                  <label className={omitted ? "omitted" : undefined}>
                    <input
                      type="checkbox"
                      checked={omitted}
                      onChange={(e) => onOmit(line, e.target.checked)}
                    />{" "}
                    {line.length > 120 ? `${line.slice(0, 117)}…` : line}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
    </>
  );
}
