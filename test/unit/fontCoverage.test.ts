// Every character the interface can show in a language is in the Noto Sans files the app ships
// for the interface (src/main.tsx's @fontsource imports, src/i18n/cyrillicFonts.css), in both
// weights it uses, and inside the face's unicode-range where it declares one: the catalogue's
// texts, the data's names in that language and the language menu's native names. Chinese has a
// subset of its own, checked in test/unit/cjkSubset.test.ts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES, type Lang } from "../../src/i18n/languages.ts";
import { loadCatalogue } from "../../src/i18n/loadCatalogue.ts";
import { FONT_FILES } from "../../src/ui/fontFiles.ts";
import { FONT_SUBSET_RANGES } from "../../src/ui/fontRanges.ts";
import { mapLabelTexts } from "../fonts/mapLabelTexts.ts";
import { woff2CodePoints } from "../fonts/woff2Cmap.ts";

const root = process.cwd();
const FONTSOURCE = join(root, "node_modules/@fontsource/noto-sans");
const WEIGHTS = [400, 600] as const;

interface Face {
  file: string;
  weight: number;
  ranges: [number, number][] | null;
  points: Set<number>;
}

const parseRanges = (text: string): [number, number][] =>
  text.split(",").map((r) => {
    const [a, b] = r.trim().replace(/^U\+/i, "").split("-");
    const start = Number.parseInt(a ?? "", 16);
    return [start, b ? Number.parseInt(b, 16) : start];
  });

/** The upright faces the interface ships, read from where the app declares them. */
function shippedFaces(): Face[] {
  const faces: Face[] = [];
  const main = readFileSync(join(root, "src/main.tsx"), "utf8");
  for (const [, subset, weight] of main.matchAll(/"@fontsource\/noto-sans\/([a-z-]+)-(\d+)\.css"/g)) {
    const file = join(FONTSOURCE, `files/noto-sans-${subset}-${weight}-normal.woff2`);
    faces.push({ file, weight: Number(weight), ranges: null, points: woff2CodePoints(file) });
  }
  const css = readFileSync(join(root, "src/i18n/cyrillicFonts.css"), "utf8");
  for (const block of css.split("@font-face").slice(1)) {
    const url = /url\("@fontsource\/noto-sans\/(files\/[^"]+)"\)/.exec(block)?.[1];
    const weight = /font-weight:\s*(\d+)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!url || !weight || !range) throw new Error("a face in cyrillicFonts.css lacks url, weight or range");
    const file = join(FONTSOURCE, url);
    faces.push({ file, weight: Number(weight), ranges: parseRanges(range), points: woff2CodePoints(file) });
  }
  return faces;
}

function dataNames(lang: Lang): string[] {
  const pick = (e: { name: string; names?: Record<string, string> }) =>
    lang === "en" ? e.name : e.names?.[lang];
  const nodes = JSON.parse(readFileSync(join(root, "data/nodes.json"), "utf8")).nodes;
  const segments = readdirSync(join(root, "data/segments")).map((f) =>
    JSON.parse(readFileSync(join(root, "data/segments", f), "utf8")),
  );
  return [...nodes, ...segments].map(pick).filter((n): n is string => typeof n === "string");
}

async function textsOf(lang: Lang): Promise<string[]> {
  const catalogue = await loadCatalogue(lang);
  const messages = Object.values(catalogue).flatMap((m) => (typeof m === "string" ? [m] : Object.values(m)));
  const menu = LANGUAGES.filter((l) => l.code !== "zh").map((l) => l.nativeName);
  return [...messages, ...dataNames(lang), ...menu];
}

const covers = (face: Face, cp: number) =>
  face.points.has(cp) && (face.ranges === null || face.ranges.some(([a, b]) => cp >= a && cp <= b));

describe("the shipped interface fonts", () => {
  const faces = shippedFaces();

  it("include Latin, Latin Extended and Cyrillic (with its extension) in both weights", () => {
    const names = faces.map((f) => f.file.replace(/.*noto-sans-/, ""));
    for (const w of WEIGHTS)
      for (const subset of ["latin", "latin-ext", "cyrillic", "cyrillic-ext"])
        expect(names).toContain(`${subset}-${w}-normal.woff2`);
  });

  it.each(LANGUAGES.filter((l) => l.code !== "zh").map((l) => l.code))(
    "cover every character %s's catalogue and names use",
    async (lang) => {
      const chars = new Set((await textsOf(lang)).join("").replace(/\s/g, ""));
      const missing: string[] = [];
      for (const c of chars)
        for (const w of WEIGHTS) {
          const cp = c.codePointAt(0) ?? 0;
          if (!faces.some((f) => f.weight === w && covers(f, cp)))
            missing.push(`${c} U+${cp.toString(16).toUpperCase().padStart(4, "0")} (${w})`);
        }
      expect(missing).toEqual([]);
    },
  );
});

// The map's labels: every text a label layer can show in a language (the corridor's place labels,
// the basemap's names of countries, seas, lakes, rivers and cities, the countries in capitals) is
// in the files the map's font-faces give it (src/ui/fontFiles.ts, the ranges of fontRanges.ts),
// in each of the three styles its labels use. Chinese: its subset (test/unit/cjkSubset.test.ts).
describe("the map's label fonts", () => {
  const styles = Object.entries(FONT_FILES).map(([style, urls]) => ({
    style,
    faces: urls.map((url, i) => {
      const file = join(root, url.replace(/^\//, "").replace(/\?.*$/, ""));
      return {
        file,
        ranges: (FONT_SUBSET_RANGES[i]?.[1] ?? []).map(parseRange),
        points: woff2CodePoints(file),
      };
    }),
  }));

  it("gives each style Latin, Latin Extended, Cyrillic and Cyrillic Extended", () => {
    for (const { faces } of styles)
      expect(faces.map((f) => f.file.replace(/.*noto-sans-([a-z-]+)-\d+-\w+\.woff2$/, "$1"))).toEqual(
        FONT_SUBSET_RANGES.map(([subset]) => subset),
      );
  });

  it.each(LANGUAGES.filter((l) => l.code !== "zh").map((l) => l.code))(
    "cover every character of %s's map labels",
    (lang) => {
      const chars = new Set(mapLabelTexts(lang).join("").replace(/\s/g, ""));
      expect(chars.size).toBeGreaterThan(20);
      const missing: string[] = [];
      for (const c of chars) {
        const cp = c.codePointAt(0) ?? 0;
        for (const { style, faces } of styles)
          if (!faces.some((f) => f.points.has(cp) && f.ranges.some(([a, b]) => cp >= a && cp <= b)))
            missing.push(`${c} U+${cp.toString(16).toUpperCase().padStart(4, "0")} (${style})`);
      }
      expect(missing).toEqual([]);
    },
  );
});

const parseRange = (r: string): [number, number] => parseRanges(r)[0] as [number, number];
