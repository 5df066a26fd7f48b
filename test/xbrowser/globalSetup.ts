// Serves the production build for the cross-browser suite, plus a host page on another origin
// for the embed step, and starts the virtual display the headed browsers draw on. Fails early,
// with one line of instruction each, when a browser, Xvfb or the build is missing.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type Plugin, preview } from "vite";
import type { TestProject } from "vitest/node";
import { checkBinaries } from "./binaries.ts";
import { hostPage, MANY_EMBEDS_PATH, manyEmbedsPage } from "./hostPage.ts";
import { PROBE_JS, PROBE_PATH } from "./probe.ts";
import { startXvfb } from "./xvfb.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The app, with the test probe in its page. */
    xbrowserURL: string;
    /** Another origin, whose page embeds the app. */
    hostURL: string;
    display: string;
  }
}

/** The built page with the probe as its first script (same origin, so the CSP allows it). */
function probeInPage(indexHtml: string): Plugin {
  const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
  if (!csp.test(indexHtml)) throw new Error("dist/index.html has no CSP meta tag to put the probe after");
  const page = indexHtml.replace(csp, (m) => `${m}\n    <script src="./${PROBE_PATH}"></script>`);
  return {
    name: "xbrowser-probe",
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? "/").split(/[?#]/)[0];
        if (path === `/${PROBE_PATH}`) {
          res.setHeader("Content-Type", "text/javascript");
          res.setHeader("Access-Control-Allow-Origin", "*");
          res.end(PROBE_JS);
        } else if (path === "/" || path === "/index.html") {
          res.setHeader("Content-Type", "text/html; charset=utf-8");
          res.setHeader("Access-Control-Allow-Origin", "*");
          res.end(page);
        } else next();
      });
    },
  };
}

export default async function setup(project: TestProject) {
  checkBinaries();
  let indexHtml: string;
  try {
    indexHtml = readFileSync(join(process.cwd(), "dist", "index.html"), "utf8");
  } catch {
    throw new Error("No production build in dist/: run `npm run build` first (npm test does this for you).");
  }
  const server = await preview({
    logLevel: "warn",
    plugins: [probeInPage(indexHtml)],
    preview: {
      host: "127.0.0.1",
      port: 4900 + Math.floor(Math.random() * 600),
      strictPort: false,
      open: false,
    },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("The preview server did not report its URL");

  const host = createServer((req, res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(req.url?.includes(MANY_EMBEDS_PATH) ? manyEmbedsPage(url) : hostPage(url));
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  const xvfb = await startXvfb();

  project.provide("xbrowserURL", url);
  project.provide("hostURL", `http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
  project.provide("display", xvfb.display);
  return async () => {
    await xvfb.stop();
    host.close();
    await server.close();
  };
}
