// Adds a strict Content-Security-Policy to the built page: everything from our own origin, no
// eval, workers only from our own files or blob: URLs. Only for the build: the dev server
// injects inline scripts that the policy would block.
import type { Plugin } from "vite";

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Our own file; in an embed sandboxed without allow-same-origin (an opaque origin) MapLibre
  // starts the classic copy of its worker from a blob: URL (scripts/classicWorkerPlugin.ts).
  "worker-src 'self' blob:",
  "connect-src 'self' data: blob:",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // MapLibre and React set element styles; stylesheets still come only from our origin.
  "style-src 'self' 'unsafe-inline'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

export function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CSP },
        injectTo: "head-prepend",
      },
    ],
  };
}
