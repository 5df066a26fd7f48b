// Builds everything the benchmark serves from one origin, under bench/tmp/site/:
//   app/     the production build (vite.config.ts as is; built here, not in dist/, so a test run
//            reading dist/ at the same time is never disturbed)
//   app100/  the same build with the 100× corridor.geojson
//   floor/   bench/floor bundled by Vite, with the app's basemap and corridor beside it
//   floor100/ the same floor with the 100× corridor.geojson
// and bench/tmp/libs/, React + MapLibre bundled alone, which is only weighed.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";
import type { CorridorCollection } from "../../src/data/corridorTypes.ts";
import { multiply } from "./synthetic.ts";

export interface Site {
  root: string;
  libs: string;
}

const quietly = { logLevel: "warn" as const };

/** A page from bench/ bundled without the app's config: no plugins, relative URLs. */
async function bundle(pageDir: string, outDir: string) {
  await build({
    ...quietly,
    configFile: false,
    root: pageDir,
    base: "./",
    build: { outDir, emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 5000 },
  });
}

export async function buildSite(repo: string): Promise<Site> {
  const tmp = join(repo, "bench", "tmp");
  const root = join(tmp, "site");
  const libs = join(tmp, "libs");
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });

  const app = join(root, "app");
  await build({ ...quietly, root: repo, build: { outDir: app, emptyOutDir: true } });

  const app100 = join(root, "app100");
  cpSync(app, app100, { recursive: true });
  const corridor = JSON.parse(readFileSync(join(app, "corridor.geojson"), "utf8")) as CorridorCollection;
  writeFileSync(join(app100, "corridor.geojson"), JSON.stringify(multiply(corridor)));

  const floor = join(root, "floor");
  await bundle(join(repo, "bench", "floor"), floor);
  for (const f of ["basemap.topojson", "corridor.geojson"]) cpSync(join(app, f), join(floor, f));
  // The floor with the 100× data: what MapLibre alone needs to show that much.
  const floor100 = join(root, "floor100");
  cpSync(floor, floor100, { recursive: true });
  cpSync(join(app100, "corridor.geojson"), join(floor100, "corridor.geojson"));

  await bundle(join(repo, "bench", "libs"), libs);
  return { root, libs };
}
