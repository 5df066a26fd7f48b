// Provides `virtual:classic-map-worker`: the URL of MapLibre's worker as a classic (non-module)
// script, for embeds in a sandboxed iframe. Such a page has an opaque origin, where Chrome will
// not start a module worker from a blob: URL, so MapLibre would fall back to a data: URL, which
// a strict CSP (worker-src 'self' blob:) forbids. Given a classic worker, MapLibre fetches it
// and starts it from a blob: URL instead. The worker bundle has no imports and ends in one
// `export`; without it, it is a valid classic script. Pages with an origin keep the module file.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Plugin } from "vite";

const ID = "virtual:classic-map-worker";
const RESOLVED = `\0${ID}`;
const DEV_PATH = "/@classic-map-worker.js";

export function classicWorkerCode(): string {
  const file = createRequire(import.meta.url).resolve("maplibre-gl/dist/maplibre-gl-worker.mjs");
  const code = readFileSync(file, "utf8").replace(/\/\/# sourceMappingURL=\S+\s*$/, "");
  const stripped = code.replace(/export\s*\{\s*[\w$]+\s+as\s+default\s*\};?\s*$/, "");
  if (stripped === code || /^\s*(import|export)\b/m.test(stripped) || stripped.includes("import.meta")) {
    throw new Error("classic-map-worker: MapLibre's worker bundle no longer has the expected shape");
  }
  return stripped;
}

/** `enabled: false` (the single-file build, which has no CSP) exports an empty URL. */
export function classicMapWorker(enabled: boolean): Plugin {
  let serve = false;
  return {
    name: "classic-map-worker",
    configResolved(config) {
      serve = config.command === "serve";
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return;
      if (!enabled) return `export default "";`;
      if (serve) return `export default ${JSON.stringify(DEV_PATH)};`;
      const ref = this.emitFile({
        type: "asset",
        name: "maplibre-gl-worker-classic.js",
        source: classicWorkerCode(),
      });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_req, res) => {
        res.setHeader("Content-Type", "text/javascript");
        res.end(classicWorkerCode());
      });
    },
  };
}
