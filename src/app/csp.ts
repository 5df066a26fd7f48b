// The page's Content-Security-Policy, in two stages (no engine-specific code):
//
// WebKit (WebKitGTK 2.50; bug 316847) resolves 'self' against a sandboxed frame's opaque origin,
// where it matches nothing: an embed in <iframe sandbox> without allow-same-origin, as README
// tells authors to embed us, could load none of its own files. The static build cannot know its
// own origin, so index.html carries a boot policy whose fetch directives also allow http(s): by
// scheme, for index.html's own scripts, styles and preloads only. The first module
// (lockCsp.ts) then adds the strict policy, naming the page's origin beside 'self'; every later
// load (lazy chunks, data, fonts, the worker, frames) must pass both, so it can only come from
// the app's own origin (or data:/blob: where listed), as before.

/** `origin`: sources besides 'self' for the fetch directives ("http: https:" at boot). */
export function cspPolicy(origin: string, { boot = false }: { boot?: boolean } = {}): string {
  const own = `'self' ${origin}`;
  return [
    `default-src ${boot ? "'self'" : own}`,
    `script-src ${own}`,
    // In an embed sandboxed without allow-same-origin MapLibre starts the classic copy of its
    // worker from a blob: URL (scripts/classicWorkerPlugin.ts). Workers start after the lock.
    `worker-src ${boot ? "'self'" : own} blob:`,
    `connect-src ${own} data: blob:`,
    `img-src ${own} data: blob:`,
    `font-src ${own} data:`,
    // MapLibre and React set element styles; stylesheets still come only from our origin.
    `style-src ${own} 'unsafe-inline'`,
    `frame-src ${boot ? "'self'" : own}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

export const BOOT_CSP = cspPolicy("http: https:", { boot: true });
