// Step 1: the article. Pasted as received (kept byte for byte in data/sources/<id>.txt); the
// lines that are not the article (a publisher's promotion) are ticked to be left out, and the
// article is then shown as the reader will show it, in step 3.
import { useId } from "react";
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
  const textId = useId();
  const hintId = useId();
  const lines = articleLines(draft.text);
  return (
    <>
      <label htmlFor={textId}>Article text</label>
      <p id={hintId} className="muted small">
        Paste the whole article as published. It is kept exactly as pasted; quotes are taken from it.
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
          <legend>Lines that are not the article</legend>
          <p className="muted small">
            Tick a publisher's promotion or other line the reader should not show.
          </p>
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
