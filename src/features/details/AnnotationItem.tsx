// One annotation: our summary, the verbatim quote(s) and the citation with a link to the article.
import type { AnnotationOut } from "../../data/corridorTypes.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { ExternalLink } from "../../ui/ExternalLink.tsx";
import { formatSourceDate, isSafeHttpUrl } from "../../ui/format.ts";
import { useEditAnnotation } from "./editContext.ts";

export function AnnotationItem({ annotation }: { annotation: AnnotationOut }) {
  const { source } = annotation;
  const openReader = useAppStore((s) => s.openReader);
  const edit = useEditAnnotation();
  // Only an http(s) address is a link (or a cite); anything else is as good as none.
  const url = isSafeHttpUrl(source.url) ? source.url : undefined;
  return (
    <article
      className={`annotation${annotation.draft ? " is-draft" : ""}`}
      aria-label={`${annotation.draft ? "Draft annotation" : "Annotation"}: ${annotation.topic}`}
      data-annotation-id={annotation.id}
    >
      <p className="annotation-topic">
        {annotation.draft && <span className="draft-badge">Draft</span>}
        {annotation.topic}
      </p>
      <p className="annotation-summary">{annotation.summary}</p>
      {annotation.quotes.map((q) => (
        <blockquote key={q} className="annotation-quote" cite={url}>
          <p>{q}</p>
        </blockquote>
      ))}
      <p className="annotation-citation">
        <cite>
          {source.outlet}, {source.titleKind === "lede" ? <>“{source.title}…”</> : <>“{source.title}”</>},{" "}
          <time dateTime={source.date}>{formatSourceDate(source)}</time>
        </cite>{" "}
        <button type="button" className="link-button" onClick={() => openReader(source.id, annotation.id)}>
          Read in source
        </button>
        {url ? (
          <>
            {" "}
            <ExternalLink href={url}>Original article</ExternalLink>
          </>
        ) : (
          <span className="annotation-nourl"> (no public URL known)</span>
        )}
        {edit && (
          <>
            {" "}
            <button
              type="button"
              className="link-button"
              aria-label={`Edit this annotation (${source.outlet}, ${formatSourceDate(source)})`}
              onClick={() => edit(source.id, annotation.id)}
            >
              Edit
            </button>
          </>
        )}
      </p>
    </article>
  );
}
