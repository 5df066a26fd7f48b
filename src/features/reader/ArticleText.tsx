// An article's text with every quoted passage marked, each mark followed by links to the
// segments and places its annotation describes.

import { Fragment, useMemo } from "react";
import type { IndexedAnnotation } from "../../data/annotationIndex.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { useFeatureName } from "../../i18n/useFeatureName.ts";
import type { Selection } from "../../state/types.ts";
import { highlightPieces, paragraphs } from "./highlight.ts";

export function ArticleText({
  text,
  annotations,
  focusAnnotation,
  onGoTo,
  language,
}: {
  /** The article's language: the text is shown as written, never translated. */
  language?: string | undefined;
  text: string;
  annotations: IndexedAnnotation[];
  focusAnnotation: string | null;
  onGoTo: (target: Selection) => void;
}) {
  const { t, lang } = useI18n();
  const nameOf = useFeatureName();
  const byId = useMemo(() => new Map(annotations.map((a) => [a.annotation.id, a])), [annotations]);
  const paras = useMemo(() => {
    const quotes = annotations.flatMap((a) =>
      a.annotation.quotes.map((quote) => ({ annotationId: a.annotation.id, quote })),
    );
    return paragraphs(highlightPieces(text, quotes));
  }, [text, annotations]);

  return (
    <div className="article-text" lang={language}>
      {paras.map((pieces) => (
        <p key={pieces[0]?.start}>
          {pieces.map((piece, i) => {
            if (piece.annotationIds.length === 0) return <Fragment key={piece.start}>{piece.text}</Fragment>;
            const next = pieces[i + 1];
            const ending = piece.annotationIds.filter((id) => !next?.annotationIds.includes(id));
            const targets = [
              ...new Map(
                ending.flatMap((id) => byId.get(id)?.targets ?? []).map((t) => [`${t.type}:${t.id}`, t]),
              ).values(),
            ];
            const focused = focusAnnotation !== null && piece.annotationIds.includes(focusAnnotation);
            // Quoted only by drafts of this browser: marked so, dashed (app.css .mark-draft).
            const draft = piece.annotationIds.every((id) => byId.get(id)?.annotation.draft);
            const className = [focused && "mark-focus", draft && "mark-draft"].filter(Boolean).join(" ");
            return (
              <Fragment key={piece.start}>
                <mark
                  className={className || undefined}
                  title={draft ? t("reader.draftMark") : undefined}
                  data-annotations={piece.annotationIds.join(" ")}
                >
                  {piece.text}
                </mark>
                {targets.length > 0 && (
                  <span className="mark-links">
                    {targets.map((target) => (
                      <Fragment key={`${target.type}:${target.id}`}>
                        {" "}
                        <a
                          href={`#${target.type === "segment" ? "seg" : "node"}=${target.id}`}
                          onClick={(e) => {
                            e.preventDefault();
                            onGoTo({ type: target.type, id: target.id });
                          }}
                        >
                          → <span lang={lang}>{nameOf(target.type, target.id, target.name)}</span>
                        </a>
                      </Fragment>
                    ))}
                  </span>
                )}
              </Fragment>
            );
          })}
        </p>
      ))}
    </div>
  );
}
