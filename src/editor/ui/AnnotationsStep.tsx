// Step 3: what the article says, annotation by annotation. The article is shown as the reader
// will show it; a passage selected in it (mouse, or Shift+arrows) becomes a quote of the active
// annotation with "Quote" (or Q in the text), cut from the text itself so it is verbatim.
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { Corridor } from "../../data/corridor.ts";
import type { DataError } from "../../data/dataErrors.ts";
import { articleText } from "../../data/sourceText.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { useStoreApi } from "../../state/StoreContext.tsx";
import type { Draft } from "../draft.ts";
import { annotationsPath } from "../draftFiles.ts";
import { quoteFromSelection } from "../quoteFromSelection.ts";
import { AnnotationCard } from "./AnnotationCard.tsx";
import { QuoteText } from "./QuoteText.tsx";
import type { DraftEdits } from "./useEditorSession.ts";

export function AnnotationsStep({
  draft,
  edit,
  errors,
  shown,
  onTouch,
  corridor,
  focusAnnotation,
}: {
  draft: Draft;
  edit: DraftEdits;
  errors: readonly DataError[];
  shown: (field: string) => boolean;
  onTouch: (field: string) => void;
  corridor: Corridor;
  focusAnnotation?: string;
}) {
  const { t } = useI18n();
  const store = useStoreApi();
  const textId = useId();
  const hintId = useId();
  const selection = useRef<[number, number] | null>(null);
  const [announce, setAnnounce] = useState("");
  const [activeId, setActiveId] = useState<string | null>(
    focusAnnotation ?? draft.annotations[0]?.id ?? null,
  );
  const [picking, setPicking] = useState<string | null>(null);
  const shownText = articleText(draft.text, draft.omitLines);
  const active = draft.annotations.find((a) => a.id === activeId) ?? draft.annotations.at(-1) ?? null;

  const onSelect = useCallback((range: [number, number] | null) => {
    if (range) selection.current = range;
  }, []);

  const quote = () => {
    const range = selection.current;
    const q = range ? quoteFromSelection(shownText, range[0], range[1]) : null;
    if (!q) {
      setAnnounce(t("editor.quote.needSelection"));
      return;
    }
    const target = active ?? edit.addAnnotation();
    edit.addQuote(target.id, q);
    setActiveId(target.id);
    const n = draft.annotations.findIndex((a) => a.id === target.id) + 1 || draft.annotations.length + 1;
    setAnnounce(t("editor.quote.done", { n, quote: q.length > 80 ? `${q.slice(0, 77)}…` : q }));
  };

  // Clicks on the map pin the annotation being picked for to what was clicked (the store reports
  // each pick, also of what is already selected).
  useEffect(() => {
    store.getState().setEditorPick(picking);
    if (picking === null) return;
    return store.subscribe((s, prev) => {
      if (s.editorPicked && s.editorPicked !== prev.editorPicked)
        edit.toggleTarget(picking, s.editorPicked.target, true);
    });
  }, [picking, store, edit]);
  useEffect(() => () => store.getState().setEditorPick(null), [store]);

  return (
    <>
      {shownText === "" ? (
        <p className="muted">{t("editor.quote.pasteFirst")}</p>
      ) : (
        <>
          <p id={hintId} className="muted small">
            {t("editor.quote.hint")}
          </p>
          <div className="editor-quote-bar" role="toolbar" aria-label={t("editor.quote.toolbar")}>
            <label>
              {t("editor.quote.into")}{" "}
              <select
                value={active?.id ?? ""}
                onChange={(e) => setActiveId(e.target.value)}
                disabled={draft.annotations.length === 0}
              >
                {draft.annotations.length === 0 && (
                  <option value="">{t("editor.quote.newAnnotation")}</option>
                )}
                {draft.annotations.map((a, i) => (
                  <option key={a.id} value={a.id}>
                    {t("editor.quote.annotation", { n: i + 1 })}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="primary"
              // The selection stays in the text while the pointer presses the button.
              onMouseDown={(e) => e.preventDefault()}
              onClick={quote}
            >
              {t("editor.quote.button")}
            </button>
          </div>
          <QuoteText
            id={textId}
            text={shownText}
            annotations={draft.annotations}
            activeId={active?.id ?? null}
            describedBy={hintId}
            onSelect={onSelect}
            onQuote={quote}
          />
          <p className="muted small editor-announce" role="status">
            {announce}
          </p>
        </>
      )}
      {draft.annotations.map((a, i) => (
        <AnnotationCard
          key={a.id}
          index={i}
          annotation={a}
          file={annotationsPath(draft.meta.id)}
          errors={errors}
          shown={shown}
          onTouch={onTouch}
          corridor={corridor}
          active={a.id === active?.id}
          picking={picking === a.id}
          onActivate={() => setActiveId(a.id)}
          onChange={(patch) => edit.updateAnnotation(a.id, patch)}
          onRemoveQuote={(q) => edit.removeQuote(a.id, q)}
          onToggleTarget={(t, on) => edit.toggleTarget(a.id, t, on)}
          onPick={(on) => setPicking(on ? a.id : null)}
          onRemove={() => {
            // Quotes and a summary are work: asked first. An empty annotation just goes.
            const hasWork = a.quotes.length > 0 || a.summary.trim() !== "";
            if (hasWork && !window.confirm(t("editor.annotation.confirmRemove", { n: i + 1 }))) return;
            if (picking === a.id) setPicking(null);
            edit.removeAnnotation(a.id);
          }}
        />
      ))}
      <button
        type="button"
        onClick={() => {
          const a = edit.addAnnotation();
          setActiveId(a.id);
        }}
      >
        {t("editor.annotation.add")}
      </button>
    </>
  );
}
