// One annotation: our summary, the verbatim quote(s) and the citation with a link to the article.
import type { AnnotationOut } from "../../data/corridorTypes.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { ExternalLink } from "../../ui/ExternalLink.tsx";
import { formatSourceDate, isSafeHttpUrl } from "../../ui/format.ts";

export function AnnotationItem({ annotation }: { annotation: AnnotationOut }) {
  const { source } = annotation;
  const openReader = useAppStore((s) => s.openReader);
  // Only an http(s) address is a link (or a cite); anything else is as good as none.
  const url = isSafeHttpUrl(source.url) ? source.url : undefined;
  return (
    <article
      className="annotation"
      aria-label={`Annotation: ${annotation.topic}`}
      data-annotation-id={annotation.id}
    >
      <p className="annotation-topic">{annotation.topic}</p>
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
      </p>
    </article>
  );
}
