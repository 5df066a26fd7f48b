// Vite plugin: validates data/ and emits corridor.geojson (the public contract), sources.json
// (article texts for the reader), corridor-lite.json and one corridor-lite.<lang>.json per other
// language (the still embed's picture data with its names and texts, src/data/liteCorridor.ts)
// and editor-data.json (the data files as read, for the editor's live check, fetched only when
// the editor opens) next to index.html. In dev it serves them from memory and rebuilds them when
// a data file changes. Invalid data fails the build. The data is read from `root`/data: the
// project's own, or CORRIDOR_DATA_ROOT's (vite.config.ts).
import { join } from "node:path";
import type { Plugin } from "vite";
import { formatDataError } from "../src/data/dataErrors.ts";
import { liteCorridor, liteCorridorFile } from "../src/data/liteCorridor.ts";
import type { Catalogue } from "../src/i18n/catalogue.ts";
import type { Lang } from "../src/i18n/languages.ts";
import { LANGUAGE_CODES } from "../src/i18n/languages.ts";
import { stillTexts } from "../src/still/stillTextKeys.ts";
import { loadCatalogues } from "./lib/catalogues.ts";
import { loadCorridor } from "./lib/loadCorridor.ts";
import { readDataDir } from "./lib/readData.ts";

export const CORRIDOR_FILE = "corridor.geojson";
export const SOURCES_FILE = "sources.json";
/** Must match src/editor/editorData.ts. */
export const EDITOR_DATA_FILE = "editor-data.json";
const SERVED = new Set([
  CORRIDOR_FILE,
  ...LANGUAGE_CODES.map(liteCorridorFile),
  SOURCES_FILE,
  EDITOR_DATA_FILE,
]);

function buildAssets(root: string, catalogues: Readonly<Record<Lang, Catalogue>>): Record<string, string> {
  const result = loadCorridor(root);
  if (!result.ok) {
    throw new Error(
      `Invalid data in data/:\n${result.errors.map((e) => `  ${formatDataError(e)}`).join("\n")}`,
    );
  }
  const sources = result.data.sources.map(({ id, text }) => ({ id, text }));
  return {
    [CORRIDOR_FILE]: JSON.stringify(result.corridor),
    ...Object.fromEntries(
      LANGUAGE_CODES.map((lang) => [
        liteCorridorFile(lang),
        // English too: the still embed bundles no catalogue, its file's texts are its words.
        JSON.stringify(liteCorridor(result.corridor, lang, stillTexts(catalogues[lang]))),
      ]),
    ),
    [SOURCES_FILE]: JSON.stringify(sources),
    // Valid here (checked just above): the raw files, as `npm run check:data` reads them.
    [EDITOR_DATA_FILE]: JSON.stringify(readDataDir(root).raw),
  };
}

export function corridorData(dataRoot?: string): Plugin {
  let root = dataRoot ?? process.cwd();
  // Loaded once as the build or the dev server starts (the texts of the lite files).
  let catalogues: Promise<Readonly<Record<Lang, Catalogue>>> | null = null;
  const texts = () => {
    catalogues ??= loadCatalogues();
    return catalogues;
  };
  return {
    name: "corridor-data",
    configResolved(config) {
      root = dataRoot ?? config.root;
    },
    // No preloads in index.html: which files the page needs depends on its mode (a still embed
    // needs the lite files only), so src/boot.ts asks for them as it starts.
    async generateBundle() {
      for (const [fileName, source] of Object.entries(buildAssets(root, await texts()))) {
        this.emitFile({ type: "asset", fileName, source });
      }
    },
    configureServer(server) {
      server.watcher.add(join(root, "data"));
      server.middlewares.use(async (req, res, next) => {
        const name = req.url?.split("?")[0]?.replace(/^.*\//, "") ?? "";
        if (!SERVED.has(name)) return next();
        try {
          const body = buildAssets(root, await texts())[name];
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
