// The Chinese font subset (npm run fonts:cjk, scripts/buildCjkFont.ts): every character a Chinese
// page or map uses is in the committed files, in the weights it is drawn in, inside the range the
// manifest declares for its file (so the browser and MapLibre pick that file for it); the files
// stay within the 300 KB gzip; and only Chinese pages declare them.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { cjkCharacters, inNotoSansSc, interfaceTexts, mapTexts } from "../../scripts/buildCjkFont.ts";
import { addCjkFontFaces } from "../../src/i18n/cjkFontFaces.ts";
import { loadCjkFontFiles, needsCjkFont } from "../../src/i18n/cjkFontFiles.ts";
import { LANGUAGE_CODES } from "../../src/i18n/languages.ts";
import { CJK_FONT_FILES } from "../../src/ui/cjkFonts.ts";
import { mapLabelTexts } from "../fonts/mapLabelTexts.ts";
import { woff2CodePoints } from "../fonts/woff2Cmap.ts";

type Files = readonly { file: string; ranges: readonly string[] }[];
const parse = (r: string): [number, number] => {
  const [a = "", b] = r.replace(/^U\+/i, "").split("-");
  const start = Number.parseInt(a, 16);
  return [start, b ? Number.parseInt(b, 16) : start];
};
const faces = (files: Files) =>
  files.map((f) => ({
    file: f.file,
    ranges: f.ranges.map(parse),
    points: woff2CodePoints(join("public", f.file)),
  }));

/** The characters of `texts` no file of `files` draws (where Noto Sans SC has them at all). */
function missing(files: Files, texts: string[]): string[] {
  const shipped = faces(files);
  return [...cjkCharacters(texts)]
    .filter((cp) => inNotoSansSc(cp))
    .filter((cp) => !shipped.some((f) => f.points.has(cp) && f.ranges.some(([a, b]) => cp >= a && cp <= b)))
    .map((cp) => `${String.fromCodePoint(cp)} U+${cp.toString(16).toUpperCase()}`);
}

describe("the Chinese font subset", () => {
  it("is there: the 400 files (one weight: bold is synthesised, scripts/buildCjkFont.ts), each file present", () => {
    expect(CJK_FONT_FILES.regular.length).toBeGreaterThan(0);
    expect(CJK_FONT_FILES.semibold).toEqual([]);
    for (const f of [...CJK_FONT_FILES.regular, ...CJK_FONT_FILES.semibold])
      expect(existsSync(join("public", f.file)), f.file).toBe(true);
  });

  it("draws every character of the zh catalogue, the data's zh texts and the country names", () => {
    expect(missing(CJK_FONT_FILES.regular, interfaceTexts())).toEqual([]);
  });

  it("draws every character of the map's Chinese labels in 400 (the basemap's zh names too)", () => {
    expect(missing(CJK_FONT_FILES.regular, [...mapTexts(), ...mapLabelTexts("zh")])).toEqual([]);
  });

  it("finds a character that is not in it (the check can fail)", () => {
    expect(missing(CJK_FONT_FILES.regular, ["鑫"])).toEqual(["鑫 U+946B"]);
  });

  it("weighs at most 300 KB gzip in all", () => {
    const total = [...CJK_FONT_FILES.regular, ...CJK_FONT_FILES.semibold]
      .map((f) => gzipSync(readFileSync(join("public", f.file))).length)
      .reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(300 * 1024);
  });
});

describe("the Chinese faces on the page", () => {
  const added: FontFace[] = [];
  afterEach(() => {
    added.length = 0;
  });

  it("are declared for Chinese only, once the manifest that comes with its catalogue is here", async () => {
    expect(LANGUAGE_CODES.filter(needsCjkFont)).toEqual(["zh"]);
    const fonts = { add: (f: FontFace) => added.push(f) };
    const original = { FontFace: globalThis.FontFace, document: globalThis.document };
    class FakeFace {
      constructor(
        readonly family: string,
        readonly source: string,
        readonly descriptors: FontFaceDescriptors,
      ) {}
    }
    Object.assign(globalThis, {
      FontFace: FakeFace,
      document: { fonts, baseURI: "https://example.test/app/" },
    });
    try {
      addCjkFontFaces("zh");
      expect(added).toHaveLength(0);
      expect(await loadCjkFontFiles()).toBe(CJK_FONT_FILES);
      addCjkFontFaces("ru");
      expect(added).toHaveLength(0);
      addCjkFontFaces("zh");
      addCjkFontFaces("zh");
      expect(added).toHaveLength(CJK_FONT_FILES.regular.length + CJK_FONT_FILES.semibold.length);
      const first = added[0] as unknown as FakeFace;
      expect(first.family).toBe("Noto Sans");
      expect(first.source).toContain("https://example.test/app/fonts/cjk/");
      expect(first.descriptors.unicodeRange).toMatch(/^U\+[0-9A-F]/);
    } finally {
      Object.assign(globalThis, original);
    }
  });
});
