// What the interactive and the still embed both show around their map: the "Open full map"
// link to the same view, and the credits line. No store: the still embed has none.
import type { SourceMeta } from "../data/corridorTypes.ts";

/** The same view in the full app: this page's address without the embed parameters. */
export function fullMapUrl(hash: string): string {
  const { origin, pathname } = window.location;
  // A sandboxed frame has the opaque origin "null"; the path still names the app.
  const base = origin && origin !== "null" ? `${origin}${pathname}` : pathname;
  return `${base}${hash}`;
}

export function OpenFullMapLink({ hash }: { hash: string }) {
  return (
    <a className="embed-open" href={fullMapUrl(hash)} target="_blank" rel="noopener noreferrer">
      Open full map<span aria-hidden="true"> ↗</span>
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

/** `renderer`: the map library to credit, when one drew the map (the still picture has none). */
export function EmbedCredit({ sources, renderer }: { sources: readonly SourceMeta[]; renderer?: string }) {
  return (
    <p className="embed-credit">
      <strong>Middle Corridor Map</strong> · Sources: {[...new Set(sources.map((s) => s.outlet))].join(", ")}{" "}
      · Basemap: Natural Earth{renderer ? ` · ${renderer}` : ""}
    </p>
  );
}
