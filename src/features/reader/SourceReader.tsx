// The source reader: the article inside the app, with its metadata and every quoted passage
// highlighted, each highlight linking back to what it annotates.

import { useEffect, useMemo, useRef } from "react";
import { annotationsOfSource, indexAnnotations } from "../../data/annotationIndex.ts";
import type { CorridorWithDrafts } from "../../data/draftPreview.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { INTENT, type Selection } from "../../state/types.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { ExternalLink } from "../../ui/ExternalLink.tsx";
import { formatSourceDate, isSafeHttpUrl } from "../../ui/format.ts";
import { ArticleText } from "./ArticleText.tsx";
import { useSourceText } from "./useSourceText.ts";

export default function SourceReader({
  corridor,
  sourceId,
  annotationId,
}: {
  corridor: CorridorWithDrafts;
  sourceId: string;
  annotationId: string | null;
}) {
  const close = useAppStore((s) => s.closeOverlay);
  const select = useAppStore((s) => s.select);
  const bodyRef = useRef<HTMLDivElement>(null);
  const { t, formats } = useI18n();
  const source = corridor.sources.find((s) => s.id === sourceId);
  // A draft's article is in the browser, not in sources.json.
  const draftText = corridor.draftTexts?.get(sourceId);
  const fetched = useSourceText(draftText === undefined ? sourceId : null);
  const textState = draftText === undefined ? fetched : { status: "ready" as const, text: draftText };
  const annotations = useMemo(
    () => annotationsOfSource(indexAnnotations(corridor), sourceId),
    [corridor, sourceId],
  );

  // Bring the passage the reader was opened from into view once the text is there.
  useEffect(() => {
    if (textState.status !== "ready") return;
    bodyRef.current?.querySelector(".mark-focus")?.scrollIntoView?.({ block: "center" });
  }, [textState.status]);

  const goTo = (target: Selection) => {
    close();
    select(target, INTENT.choose);
  };

  return (
    <Dialog
      title={source ? `${source.title}${source.titleKind === "lede" ? "…" : ""}` : sourceId}
      kicker={source?.draft ? t("reader.kickerDraft") : t("reader.kicker")}
      onClose={close}
      className="reader"
    >
      {source && (
        <dl className="reader-meta">
          <div>
            <dt>{t("reader.outlet")}</dt>
            <dd>{source.outlet}</dd>
          </div>
          <div>
            <dt>{t("reader.date")}</dt>
            <dd>
              <time dateTime={source.date}>{formatSourceDate(source, formats)}</time>
              {source.dateNote && <span className="muted small"> {source.dateNote}</span>}
            </dd>
          </div>
          <div>
            <dt>{t("reader.dateline")}</dt>
            <dd lang={source.language}>{source.dateline}</dd>
          </div>
          <div>
            <dt>{t("reader.title")}</dt>
            <dd>{source.titleKind === "lede" ? t("reader.lede") : t("reader.headline")}</dd>
          </div>
          <div>
            <dt>{t("reader.address")}</dt>
            <dd>
              {isSafeHttpUrl(source.url) ? (
                <ExternalLink href={source.url}>{source.url}</ExternalLink>
              ) : source.url ? (
                // Shown, never linked: only http(s) addresses become links.
                <>
                  <span className="reader-url-text">{source.url}</span>{" "}
                  <span className="muted small">{t("reader.notLinked")}</span>
                </>
              ) : (
                t("reader.notKnown")
              )}
            </dd>
          </div>
          {source.republished.map((r) => (
            <div key={`${r.outlet}-${r.date}`}>
              <dt>{t("reader.republished")}</dt>
              <dd>
                {r.outlet}, “{r.title}”, {r.date}{" "}
                {r.url && <ExternalLink href={r.url}>{t("reader.link")}</ExternalLink>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <div className="reader-body" ref={bodyRef}>
        {textState.status === "loading" && <p role="status">{t("reader.loading")}</p>}
        {textState.status === "error" && (
          <p role="alert">
            {textState.message ? (
              <>
                {t("error.readerText")} <span lang="en">{textState.message}</span>
              </>
            ) : (
              t("error.readerNoText")
            )}
          </p>
        )}
        {textState.status === "ready" && (
          <ArticleText
            language={source?.language}
            text={textState.text}
            annotations={annotations}
            focusAnnotation={annotationId}
            onGoTo={goTo}
          />
        )}
        <p className="muted small">{t("reader.highlighted", { count: annotations.length })}</p>
      </div>
    </Dialog>
  );
}
