// Reads data/ from disk into the raw shape validateData() checks. A file that is not valid
// JSON becomes a DataError here, naming the file, the line and the column.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { DataError } from "../../src/data/dataErrors.ts";
import type { RawData, RawFile } from "../../src/data/validateData.ts";
import { jsonErrorMessage } from "./jsonError.ts";

function listFiles(dir: string, ext: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith(ext))
      .sort();
  } catch {
    return [];
  }
}

export function readDataDir(root: string): { raw: RawData; errors: DataError[] } {
  const errors: DataError[] = [];
  const dataDir = join(root, "data");
  const rel = (p: string) => relative(root, p);

  const readJson = (path: string): RawFile => {
    const text = readFileSync(path, "utf8");
    try {
      return { file: rel(path), content: JSON.parse(text) };
    } catch (e) {
      errors.push({ file: rel(path), entry: "", field: "", message: jsonErrorMessage(text, e) });
      return { file: rel(path), content: null };
    }
  };

  const sourcesDir = join(dataDir, "sources");
  const texts: Record<string, string> = {};
  for (const f of listFiles(sourcesDir, ".txt")) texts[f] = readFileSync(join(sourcesDir, f), "utf8");

  const nodesPath = join(dataDir, "nodes.json");
  const tourPath = join(dataDir, "tour.json");
  const raw: RawData = {
    sources: listFiles(sourcesDir, ".json").map((f) => readJson(join(sourcesDir, f))),
    texts,
    segments: listFiles(join(dataDir, "segments"), ".json").map((f) =>
      readJson(join(dataDir, "segments", f)),
    ),
    nodes: readJson(nodesPath),
    annotations: listFiles(join(dataDir, "annotations"), ".json").map((f) =>
      readJson(join(dataDir, "annotations", f)),
    ),
    ...(existsSync(tourPath) ? { tour: readJson(tourPath) } : {}),
  };
  // A file that failed to parse has already been reported; keep it out of schema checks.
  const parsed = (f: RawFile) => f.content !== null;
  raw.sources = raw.sources.filter(parsed);
  raw.segments = raw.segments.filter(parsed);
  raw.annotations = raw.annotations.filter(parsed);
  return { raw, errors };
}
