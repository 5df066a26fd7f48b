// Adds the boot Content-Security-Policy to the built page (src/app/csp.ts: everything from our
// own origin, no eval, workers only from our own files or blob: URLs; src/app/lockCsp.ts
// narrows it to the page's origin as the app starts). Only for the build: the dev server
// injects inline scripts that the policy would block.
import type { Plugin } from "vite";
import { BOOT_CSP } from "../src/app/csp.ts";

export function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: BOOT_CSP },
        injectTo: "head-prepend",
      },
    ],
  };
}
