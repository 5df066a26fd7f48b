// The article as the reader shows it (paragraphs, quoted passages highlighted), in a read-only
// text box the user selects in with the mouse or the keyboard (Shift+arrows: the box is
// contenteditable so the caret moves in it, and every edit is refused). Q or Enter quotes the
// selection. The active annotation's passages are marked more strongly than the others'.
import { type KeyboardEvent, useEffect, useMemo, useRef } from "react";
import { highlightPieces, paragraphs } from "../../features/reader/highlight.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { selectionRange } from "./selectionOffsets.ts";

export interface QuotedAnnotation {
  id: string;
  quotes: string[];
}

export function QuoteText({
  id,
  text,
  annotations,
  activeId,
  describedBy,
  onSelect,
  onQuote,
}: {
  id: string;
  text: string;
  annotations: QuotedAnnotation[];
  activeId: string | null;
  describedBy?: string;
  /** The selection as [start, end) in `text` whenever it changes inside the box; null when none. */
  onSelect: (range: [number, number] | null) => void;
  /** Q or Enter in the box. */
  onQuote: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const paras = useMemo(() => {
    const quotes = annotations.flatMap((a) => a.quotes.map((quote) => ({ annotationId: a.id, quote })));
    return paragraphs(highlightPieces(text, quotes));
  }, [text, annotations]);

  // Edits are refused at the source (beforeinput, also for deleting and dropping, which React's
  // synthetic onBeforeInput does not cover), and the selection is reported as it changes.
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const refuse = (e: Event) => e.preventDefault();
    const report = () => onSelect(selectionRange(box, text.length));
    box.addEventListener("beforeinput", refuse);
    box.addEventListener("paste", refuse);
    box.addEventListener("drop", refuse);
    box.addEventListener("cut", refuse);
    document.addEventListener("selectionchange", report);
    return () => {
      box.removeEventListener("beforeinput", refuse);
      box.removeEventListener("paste", refuse);
      box.removeEventListener("drop", refuse);
      box.removeEventListener("cut", refuse);
      document.removeEventListener("selectionchange", report);
    };
  }, [onSelect, text.length]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // The Q key wherever a layout puts another letter on it (Й on a Russian keyboard).
    if (e.key === "q" || e.key === "Q" || e.code === "KeyQ" || e.key === "Enter") {
      e.preventDefault();
      onSelect(ref.current ? selectionRange(ref.current, text.length) : null);
      onQuote();
    }
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a read-only multi-line text box with highlights: no native element selects by caret and shows <mark>s.
    <div
      ref={ref}
      id={id}
      className="article-text quote-text"
      role="textbox"
      aria-readonly="true"
      aria-multiline="true"
      aria-label={t("editor.quote.textLabel")}
      aria-describedby={describedBy}
      contentEditable
      suppressContentEditableWarning
      spellCheck={false}
      // Nothing is typed here: touch devices keep their keyboard down while selecting.
      inputMode="none"
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      {paras.map((pieces) => (
        <p key={pieces[0]?.start}>
          {pieces.map((piece) =>
            piece.annotationIds.length === 0 ? (
              <span key={piece.start} data-start={piece.start}>
                {piece.text}
              </span>
            ) : (
              <mark
                key={piece.start}
                data-start={piece.start}
                className={
                  activeId !== null && piece.annotationIds.includes(activeId) ? "mark-focus" : undefined
                }
              >
                {piece.text}
              </mark>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
