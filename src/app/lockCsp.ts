// Imported first by main.tsx: replaces the boot policy's "any http(s) origin" with this page's
// own origin by adding the strict policy (csp.ts explains the two stages). Browsers enforce
// every policy a page has, so the added one narrows and nothing can widen it again. A page
// without the boot policy (the one-file build, the dev server) is left alone.
import { cspPolicy } from "./csp.ts";

const boot = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
if (boot && /^https?:$/.test(location.protocol)) {
  const meta = document.createElement("meta");
  meta.httpEquiv = "Content-Security-Policy";
  // location.origin is the URL's origin, also in a sandboxed frame whose own origin is opaque.
  meta.content = cspPolicy(location.origin);
  boot.after(meta);
}
