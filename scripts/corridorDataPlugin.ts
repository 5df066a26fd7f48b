// Vite plugin: validates data/ and emits corridor.geojson (the public contract) and
// sources.json (article texts for the reader) next to index.html. In dev it serves both from
// memory and rebuilds them when a data file changes. Invalid data fails the build.
import { join } from "node:path";
import type { Plugin } from "vite";
import { formatDataError } from "../src/data/dataErrors.ts";
import { loadCorridor } from "./lib/loadCorridor.ts";

export const CORRIDOR_FILE = "corridor.geojson";
export const SOURCES_FILE = "sources.json";
/** Shipped from public/ (npm run basemap makes it). */
const BASEMAP_FILE = "basemap.topojson";

function buildAssets(root: string): Record<string, string> {
  const result = loadCorridor(root);
  if (!result.ok) {
    throw new Error(
      `Invalid data in data/:\n${result.errors.map((e) => `  ${formatDataError(e)}`).join("\n")}`,
    );
  }
  const sources = result.data.sources.map(({ id, text }) => ({ id, text }));
  return {
    [CORRIDOR_FILE]: JSON.stringify(result.corridor),
    [SOURCES_FILE]: JSON.stringify(sources),
  };
}

export function corridorData(): Plugin {
  let root = process.cwd();
  return {
    name: "corridor-data",
    configResolved(config) {
      root = config.root;
    },
    // The page asks for both data files at once, while its script downloads; the app's fetch()
    // then takes the preloaded response (same URL, same CORS mode).
    transformIndexHtml: () =>
      [CORRIDOR_FILE, BASEMAP_FILE].map((href) => ({
        tag: "link",
        attrs: { rel: "preload", href, as: "fetch", crossorigin: "anonymous" },
        injectTo: "head" as const,
      })),
    generateBundle() {
      for (const [fileName, source] of Object.entries(buildAssets(root))) {
        this.emitFile({ type: "asset", fileName, source });
      }
    },
    configureServer(server) {
      server.watcher.add(join(root, "data"));
      server.middlewares.use((req, res, next) => {
        const name = req.url?.split("?")[0]?.replace(/^.*\//, "") ?? "";
        if (name !== CORRIDOR_FILE && name !== SOURCES_FILE) return next();
        try {
          const body = buildAssets(root)[name];
          res.setHeader(
            "Content-Type",
            name.endsWith(".geojson") ? "application/geo+json" : "application/json",
          );
          res.end(body);
        } catch (e) {
          res.statusCode = 500;
          res.end(e instanceof Error ? e.message : String(e));
        }
      });
    },
  };
}
