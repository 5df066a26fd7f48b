// Provides `virtual:inline-data`. In the single-file build it holds the corridor, the article
// texts and the basemap, so the app needs no fetch at all; in every other build it is null and
// the app fetches those files next to index.html as usual.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { formatDataError } from "../src/data/dataErrors.ts";
import { loadCorridor } from "./lib/loadCorridor.ts";

const ID = "virtual:inline-data";
const RESOLVED = `\0${ID}`;

export function inlineData(enabled: boolean): Plugin {
  let root = process.cwd();
  return {
    name: "inline-data",
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      if (!enabled) return "export default null;";
      const result = loadCorridor(root);
      if (!result.ok) throw new Error(result.errors.map(formatDataError).join("\n"));
      const data = {
        corridor: result.corridor,
        sources: result.data.sources.map(({ id: sourceId, text }) => ({ id: sourceId, text })),
        basemap: JSON.parse(readFileSync(join(root, "public", "basemap.topojson"), "utf8")),
      };
      return `export default ${JSON.stringify(data)};`;
    },
  };
}
