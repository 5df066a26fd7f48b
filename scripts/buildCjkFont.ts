// Builds the Chinese font subset (`npm run fonts:cjk`): only the characters Chinese pages and
// maps show, cut from @fontsource/noto-sans-sc by HarfBuzz's subsetter (subset-font, WebAssembly,
// no native code), so lang=zh costs a few hundred KB instead of megabytes. The output is committed
// (public/fonts/cjk/*.woff2 and the manifest src/ui/cjkFonts.ts); this script reproduces it.
//
// Which characters (the ones no Latin or Cyrillic file covers, FONT_SUBSET_RANGES):
//   interface  the zh catalogue, every "zh" text in data/ (names, summaries …), the corridor's
//              country names in Chinese;
//   map        also the basemap's Chinese names (public/basemap.topojson, name_zh: cities,
//              countries, seas, lakes, rivers).
// One weight, 400: a 600 subset of the interface's characters too came to 122.6 KB gzip and the
// two to 360.5 KB, over the 300 KB budget. Bold Chinese text is synthesised by the browser from
// the 400 face (font-synthesis), as sites serving one CJK weight do, and the map's semibold
// labels use the 400 files. The manifest keeps its `semibold` list (empty) for that reason.
// @fontsource splits the font into ~100 unicode-range chunks per weight; a subset is cut from
// each chunk that holds a needed character, so each output file carries exactly its characters
// (its unicode-range in the manifest), and a page fetches only the files its text needs.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import subsetFont from "subset-font";
import zh from "../src/i18n/catalogues/zh.ts";
import { COUNTRY_NAMES } from "../src/i18n/countryNames.ts";
import { FONT_SUBSET_RANGES } from "../src/ui/fontRanges.ts";

const root = process.cwd();
const SOURCE = join(root, "node_modules/@fontsource/noto-sans-sc");
const OUT_DIR = process.env.CJK_OUT_DIR ?? join(root, "public/fonts/cjk");
const MANIFEST = process.env.CJK_MANIFEST ?? join(root, "src/ui/cjkFonts.ts");
/** The budget for everything Chinese needs, gzip. */
const BUDGET_BYTES = 300 * 1024;

type Range = [number, number];
const parseRange = (r: string): Range => {
  const [a = "", b] = r.trim().replace(/^U\+/i, "").split("-");
  const start = Number.parseInt(a, 16);
  return [start, b ? Number.parseInt(b, 16) : start];
};
const LATIN_CYRILLIC = FONT_SUBSET_RANGES.flatMap(([, ranges]) => ranges.map(parseRange));
const inRanges = (ranges: readonly Range[], cp: number) => ranges.some(([a, b]) => cp >= a && cp <= b);

/** The characters of these texts that no Latin or Cyrillic file draws. */
export function cjkCharacters(texts: Iterable<string>): Set<number> {
  const out = new Set<number>();
  for (const text of texts)
    for (const c of text) {
      const cp = c.codePointAt(0) ?? 0;
      if (!/\s/u.test(c) && !inRanges(LATIN_CYRILLIC, cp)) out.add(cp);
    }
  return out;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith(".json") ? [path] : [];
  });
}

/** Every string under a "zh" key, at any depth. */
function zhTexts(value: unknown, out: string[] = [], underZh = false): string[] {
  if (typeof value === "string") {
    if (underZh) out.push(value);
  } else if (Array.isArray(value)) for (const v of value) zhTexts(v, out, underZh);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) zhTexts(v, out, underZh || k === "zh");
  return out;
}

export function interfaceTexts(): string[] {
  const catalogue = Object.values(zh).flatMap((m) => (typeof m === "string" ? [m] : Object.values(m)));
  const data = jsonFiles(join(root, "data")).flatMap((f) => zhTexts(JSON.parse(readFileSync(f, "utf8"))));
  return [...catalogue, ...data, ...Object.values(COUNTRY_NAMES.zh ?? {})];
}

export function mapTexts(): string[] {
  const topology = JSON.parse(readFileSync(join(root, "public/basemap.topojson"), "utf8"));
  const names: string[] = [];
  for (const g of topology.objects.basemap.geometries)
    if (typeof g.properties?.name_zh === "string") names.push(g.properties.name_zh);
  return names;
}

interface Chunk {
  file: string;
  ranges: Range[];
}

const chunkCache = new Map<number, Chunk[]>();
/** @fontsource's chunks of one weight, from its CSS. */
function chunks(weight: number): Chunk[] {
  const known = chunkCache.get(weight);
  if (known) return known;
  const parsed = parseChunks(weight);
  chunkCache.set(weight, parsed);
  return parsed;
}

function parseChunks(weight: number): Chunk[] {
  const css = readFileSync(join(SOURCE, `${weight}.css`), "utf8");
  return css
    .split("@font-face")
    .slice(1)
    .map((block) => {
      const file = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(block)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      if (!file || !range) throw new Error(`a face in ${weight}.css lacks a woff2 file or a range`);
      return { file, ranges: range.split(",").map(parseRange) };
    });
}

/** Code points as unicode-range entries, runs joined ("U+4E2D", "U+6587-6589"). */
export function toRanges(points: readonly number[]): string[] {
  const sorted = [...points].sort((a, b) => a - b);
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, "0");
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    const a = sorted[i] as number;
    const b = sorted[j] as number;
    out.push(a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`);
    i = j + 1;
  }
  return out;
}

interface OutFile {
  file: string;
  ranges: string[];
  bytes: number;
  gzip: number;
}

/** The characters Noto Sans SC has (some of Natural Earth's names use traditional forms it lacks,
 * such as 韃: those are drawn with the system's font, as before). */
export function inNotoSansSc(cp: number, weight = 400): boolean {
  return chunks(weight).some((c) => inRanges(c.ranges, cp));
}

async function subsetWeight(weight: number, points: Set<number>): Promise<OutFile[]> {
  const byChunk = new Map<Chunk, number[]>();
  const all = chunks(weight);
  const lacking: number[] = [];
  for (const cp of [...points].sort((a, b) => a - b)) {
    const chunk = all.find((c) => inRanges(c.ranges, cp));
    if (!chunk) lacking.push(cp);
    else byChunk.set(chunk, [...(byChunk.get(chunk) ?? []), cp]);
  }
  if (lacking.length > 0)
    console.log(
      `${weight}: not in Noto Sans SC, left to the system's font: ${String.fromCodePoint(...lacking)}`,
    );
  const out: OutFile[] = [];
  for (const [chunk, cps] of byChunk) {
    const index = /noto-sans-sc-(\d+)-/.exec(chunk.file)?.[1] ?? "x";
    const name = `noto-sans-sc-${weight}-${index}.woff2`;
    const font = await subsetFont(readFileSync(join(SOURCE, chunk.file)), String.fromCodePoint(...cps), {
      targetFormat: "woff2",
    });
    writeFileSync(join(OUT_DIR, name), font);
    out.push({
      file: `fonts/cjk/${name}`,
      ranges: toRanges(cps),
      bytes: font.length,
      gzip: gzipSync(font).length,
    });
  }
  return out;
}

function manifest(regular: OutFile[], semibold: OutFile[]): string {
  const list = (files: OutFile[]) =>
    files
      .map((f) => `    { file: ${JSON.stringify(f.file)}, ranges: ${JSON.stringify(f.ranges)} },`)
      .join("\n");
  return `// Generated by \`npm run fonts:cjk\` (scripts/buildCjkFont.ts); do not edit by hand. The Chinese
// subset of Noto Sans SC: only the characters the zh catalogue, the data's zh texts, the country
// names and the basemap's zh names use, one file per @fontsource chunk they fall in, each with
// exactly its characters as unicode-range. Files under public/fonts/cjk/.
export const CJK_FONT_FILES: {
  readonly regular: readonly { file: string; ranges: readonly string[] }[];
  readonly semibold: readonly { file: string; ranges: readonly string[] }[];
} = {
  regular: [
${list(regular)}
  ],
  semibold: [
${list(semibold)}
  ],
};
`;
}

async function main() {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const map = cjkCharacters([...interfaceTexts(), ...mapTexts()]);
  const regular = await subsetWeight(400, map);
  const semibold: OutFile[] = [];
  writeFileSync(MANIFEST, manifest(regular, semibold));
  // In the repository's own layout, so the committed file is exactly what this writes.
  execFileSync(join(root, "node_modules/.bin/biome"), ["format", "--write", MANIFEST], { stdio: "ignore" });
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const sum = (files: OutFile[], key: "bytes" | "gzip") => files.reduce((s, f) => s + f[key], 0);
  const total = sum(regular, "gzip") + sum(semibold, "gzip");
  console.log(
    `400: ${map.size} characters in ${regular.length} files, ${kb(sum(regular, "bytes"))} (gzip ${kb(sum(regular, "gzip"))})`,
  );
  console.log(`total gzip ${kb(total)} (budget ${kb(BUDGET_BYTES)})`);
  if (total > BUDGET_BYTES) throw new Error("the Chinese subset is over its budget");
}

if (process.argv[1]?.endsWith("buildCjkFont.ts")) await main();
