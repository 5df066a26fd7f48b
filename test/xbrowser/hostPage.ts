// A report page on another origin that embeds the map as PRODUCT.md tells authors to: a
// sandboxed iframe without allow-same-origin, sized by embed.js; it keeps every message it gets.
export const EMBED_HASH = "#seg=btk-rail-marabda-kars";

export function hostPage(appURL: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>A report</title></head><body>
<h1>A report</h1><p>Before the map.</p>
<iframe id="map" src="${appURL}?embed=1&height=400${EMBED_HASH}" title="Map" width="100%" height="120"
  style="border:0" sandbox="allow-scripts allow-popups"></iframe>
<p>After the map.</p>
<script>window.got = []; addEventListener("message", (e) => window.got.push(e.data));</script>
<script src="${appURL}embed.js"></script>
</body></html>`;
}
