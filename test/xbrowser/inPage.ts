// Small functions that run inside the page, shared by the driver's verbs. Each must stand alone
// (it is sent to the engine as source text), so none refers to anything outside itself.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The centre of the first visible element matching `selector` whose text (or aria-label) starts
 * with `text`, scrolled into view; null when there is none yet.
 */
export function centreOf({ selector, text }: { selector: string; text: string }) {
  const els = [...document.querySelectorAll<HTMLElement>(selector)];
  const el = els.find((e) => {
    const name = (e.getAttribute("aria-label") ?? e.textContent ?? "").replace(/\s+/g, " ").trim();
    return name.startsWith(text) && e.getClientRects().length > 0;
  });
  if (!el) return null;
  el.scrollIntoView({ block: "center", inline: "center" });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

export function isMapReady() {
  const map = document.querySelector('[data-testid="map"][data-ready="true"]');
  const hook = (window as unknown as { __corridorMap?: { isMoving(): boolean } }).__corridorMap;
  return map !== null && hook !== undefined && !hook.isMoving();
}

export function twoFrames() {
  return new Promise<boolean>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))));
}

export function textOf(selector: string) {
  return document.querySelector(selector)?.textContent ?? null;
}

/** Every URL the page has fetched, by the Performance API (the only record classic WebDriver has). */
export function fetchedURLs() {
  return [
    location.href,
    ...performance.getEntriesByType("resource").map((e) => e.name),
    ...performance.getEntriesByType("navigation").map((e) => e.name),
  ];
}

export function probeRecord() {
  return (
    (window as unknown as { __xbrowser?: { errors: string[]; csp: string[]; downloads: unknown[] } })
      .__xbrowser ?? null
  );
}

export function rectOf(selector: string) {
  const el = document.querySelector(selector);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

/**
 * How the still overview (no WebGL) covers the map area: the SVG's box against the map's, and
 * the countries' drawn extent (in the SVG's own px) against the SVG's size. Shared with the
 * Chromium suite (test/browser/noWebgl.test.ts).
 */
export function overviewCoverage() {
  const svg = document.querySelector<SVGSVGElement>('[data-testid="static-map"]');
  const map = document.querySelector('[data-testid="map"]');
  if (!svg || !map) return null;
  const box = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
  const land = [...svg.querySelectorAll<SVGPathElement>('path[fill-rule="evenodd"]')].map((p) => p.getBBox());
  if (land.length === 0) return null;
  return {
    svg: box(svg.getBoundingClientRect()),
    map: box(map.getBoundingClientRect()),
    size: { width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height },
    land: {
      left: Math.min(...land.map((b) => b.x)),
      top: Math.min(...land.map((b) => b.y)),
      right: Math.max(...land.map((b) => b.x + b.width)),
      bottom: Math.max(...land.map((b) => b.y + b.height)),
    },
  };
}

/** The text of the search result the searchbox points at (aria-activedescendant), once it contains `want`. */
export function activeSearchResult(want: string) {
  const box = document.querySelector('input[type="search"][aria-label="Search"]');
  const id = box?.getAttribute("aria-activedescendant");
  const text = id ? (document.getElementById(id)?.textContent ?? "") : "";
  return text.includes(want) ? text : null;
}
