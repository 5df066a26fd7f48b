// What the interactive and the still embed both show around their map: the "Open full map"
// link to the same view, and the credits line. No store: the still embed has none; the words
// come from the language context, which both give (the still embed from its lite file).
import type { SourceMeta } from "../data/corridorTypes.ts";
import { useI18n } from "../i18n/i18nContext.ts";

/** The same view in the full app: this page's address without the embed parameters. */
export function fullMapUrl(hash: string): string {
  const { origin, pathname } = window.location;
  // A sandboxed frame has the opaque origin "null"; the path still names the app.
  const base = origin && origin !== "null" ? `${origin}${pathname}` : pathname;
  return `${base}${hash}`;
}

export function OpenFullMapLink({ hash }: { hash: string }) {
  const { t } = useI18n();
  return (
    <a className="embed-open" href={fullMapUrl(hash)} target="_blank" rel="noopener noreferrer">
      {t("embed.openFullMap")}
      <span aria-hidden="true"> ↗</span>
      <span className="visually-hidden">{t("link.newTab")}</span>
    </a>
  );
}

/** `renderer`: the map library to credit, when one drew the map (the still picture has none). */
export function EmbedCredit({ sources, renderer }: { sources: readonly SourceMeta[]; renderer?: string }) {
  const { t } = useI18n();
  // Outlets keep their own names (citations are never translated).
  const outlets = [...new Set(sources.map((s) => s.outlet))].join(t("embed.listSeparator"));
  return (
    <p className="embed-credit">
      <strong>{t("app.title")}</strong> · {t("embed.sources", { outlets })} · {t("embed.basemap")}
      {renderer ? ` · ${renderer}` : ""}
    </p>
  );
}
