// One annotation: our summary, the verbatim quote(s) and the citation with a link to the article.
import type { AnnotationOut } from "../../data/corridorTypes.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { InEnglish, useQuoteMark } from "../../i18n/LocalText.tsx";
import { localSummary } from "../../i18n/localSummary.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { ExternalLink } from "../../ui/ExternalLink.tsx";
import { formatSourceDate, isSafeHttpUrl } from "../../ui/format.ts";
import { useEditAnnotation } from "./editContext.ts";

export function AnnotationItem({ annotation }: { annotation: AnnotationOut }) {
  const { source } = annotation;
  const openReader = useAppStore((s) => s.openReader);
  const edit = useEditAnnotation();
  const { t, lang, formats } = useI18n();
  const topic = t(`topic.${annotation.topic}`);
  const date = formatSourceDate(source, formats);
  const summary = localSummary(annotation, lang);
  const quote = useQuoteMark()(source.language);
  // Only an http(s) address is a link (or a cite); anything else is as good as none.
  const url = isSafeHttpUrl(source.url) ? source.url : undefined;
  return (
    <article
      className={`annotation${annotation.draft ? " is-draft" : ""}`}
      aria-label={t(annotation.draft ? "annotation.draftLabel" : "annotation.label", { topic })}
      data-annotation-id={annotation.id}
    >
      <p className="annotation-topic">
        {annotation.draft && <span className="draft-badge">{t("annotation.draft")}</span>}
        {topic}
      </p>
      <p className="annotation-summary" lang={summary.lang}>
        {summary.text}
        {summary.fallback && <InEnglish />}
      </p>
      {/* Quotes are never translated: verbatim, in the article's language, marked with it. */}
      {annotation.quotes.map((q) => (
        <blockquote key={q} className="annotation-quote" cite={url} lang={quote.lang} title={quote.title}>
          <p data-quote-lang={quote.tag}>{q}</p>
        </blockquote>
      ))}
      <p className="annotation-citation">
        <cite lang={source.language}>
          {source.outlet}, {source.titleKind === "lede" ? <>“{source.title}…”</> : <>“{source.title}”</>},{" "}
          <time dateTime={source.date}>{date}</time>
        </cite>{" "}
        <button type="button" className="link-button" onClick={() => openReader(source.id, annotation.id)}>
          {t("annotation.readInSource")}
        </button>
        {url ? (
          <>
            {" "}
            <ExternalLink href={url}>{t("annotation.original")}</ExternalLink>
          </>
        ) : (
          <span className="annotation-nourl">{t("annotation.noUrl")}</span>
        )}
        {edit && (
          <>
            {" "}
            <button
              type="button"
              className="link-button"
              aria-label={t("annotation.editLabel", { outlet: source.outlet, date })}
              onClick={() => edit(source.id, annotation.id)}
            >
              {t("annotation.edit")}
            </button>
          </>
        )}
      </p>
    </article>
  );
}
