// Bytes the page fetched, from the files it asked for: raw, and gzip at level 9 (what a
// well-configured server would send; the preview server's own compression is not measured).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";

export type Category = "code" | "fonts" | "basemap" | "data";
export type Weight = { raw: number; gzip: number };
export type Weights = Record<Category, Weight>;

export function categorise(file: string): Category {
  if (file.endsWith(".topojson")) return "basemap";
  if (/(corridor\.geojson|corridor-lite\.json|sources\.json)$/.test(file)) return "data";
  if (/\.woff2?$/.test(file)) return "fonts";
  return "code";
}

const weigh = (path: string): Weight => {
  const body = readFileSync(path);
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
};

export function weighFiles(paths: Iterable<string>): Weights {
  const w: Weights = {
    code: { raw: 0, gzip: 0 },
    fonts: { raw: 0, gzip: 0 },
    basemap: { raw: 0, gzip: 0 },
    data: { raw: 0, gzip: 0 },
  };
  for (const path of paths) {
    const c = w[categorise(path)];
    const one = weigh(path);
    c.raw += one.raw;
    c.gzip += one.gzip;
  }
  return w;
}

/** Every script and stylesheet of a build: the libraries bundle is weighed whole. */
export function weighCode(dir: string): Weight {
  const total = { raw: 0, gzip: 0 };
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if ([".js", ".mjs", ".css"].includes(extname(name))) {
        const one = weigh(path);
        total.raw += one.raw;
        total.gzip += one.gzip;
      }
    }
  };
  walk(dir);
  return total;
}
