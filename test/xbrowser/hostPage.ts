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

/** Where many embeds are: 8 still pictures and 4 interactive maps spread down a long report. */
export const MANY_EMBEDS_PATH = "many-embeds";
export const MANY_EMBEDS = { still: 8, interactive: 4 } as const;

/** A long report with twelve embeds (every third interactive), as embed code writes them. */
export function manyEmbedsPage(appURL: string): string {
  const total = MANY_EMBEDS.still + MANY_EMBEDS.interactive;
  const frames = Array.from({ length: total }, (_, i) => {
    const query = i % 3 === 2 ? "?embed=1&height=300" : "?embed=1&static=1&height=300";
    return `<p style="height:420px">Section ${i + 1} of the report.</p>
<iframe name="embed-${i}" src="${appURL}${query}${EMBED_HASH}" title="Map ${i + 1}" width="100%" height="350"
  style="border:0;display:block" loading="lazy" sandbox="allow-scripts allow-popups"></iframe>`;
  }).join("\n");
  return `<!doctype html><html><head><meta charset="utf-8"><title>A long report</title></head><body>
<h1>A long report</h1>
${frames}
<p style="height:600px">The end.</p>
<script>window.got = []; addEventListener("message", (e) => {
  const frame = [...document.querySelectorAll("iframe")].find((f) => f.contentWindow === e.source);
  window.got.push({ ...e.data, from: frame ? frame.name : "" });
});</script>
</body></html>`;
}
