// The characters a WOFF2 font file has glyphs for, read from its cmap table, so a test can say
// whether the shipped fonts cover a text. WOFF2 (W3C) is a header, a table directory and one
// Brotli stream holding the tables one after another; cmap is never transformed, so it can be
// read as in any OpenType font (formats 4 and 12, the ones Noto uses).
import { readFileSync } from "node:fs";
import { brotliDecompressSync } from "node:zlib";

const KNOWN_TAGS = [
  "cmap",
  "head",
  "hhea",
  "hmtx",
  "maxp",
  "name",
  "OS/2",
  "post",
  "cvt ",
  "fpgm",
  "glyf",
  "loca",
  "prep",
  "CFF ",
  "VORG",
  "EBDT",
  "EBLC",
  "gasp",
  "hdmx",
  "kern",
  "LTSH",
  "PCLT",
  "VDMX",
  "vhea",
  "vmtx",
  "BASE",
  "GDEF",
  "GPOS",
  "GSUB",
  "EBSC",
  "JSTF",
  "MATH",
  "CBDT",
  "CBLC",
  "COLR",
  "CPAL",
  "SVG ",
  "sbix",
  "acnt",
  "avar",
  "bdat",
  "bloc",
  "bsln",
  "cvar",
  "fdsc",
  "feat",
  "fmtx",
  "fvar",
  "gvar",
  "hsty",
  "just",
  "lcar",
  "mort",
  "morx",
  "opbd",
  "prop",
  "trak",
  "Zapf",
  "Silf",
  "Glat",
  "Gloc",
  "Feat",
  "Sill",
];

function base128(view: DataView, at: { pos: number }): number {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const byte = view.getUint8(at.pos++);
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return value;
  }
  throw new Error("bad UIntBase128");
}

/** The code points the font maps to a glyph. */
export function woff2CodePoints(path: string): Set<number> {
  const file = readFileSync(path);
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (view.getUint32(0) !== 0x774f4632) throw new Error(`${path} is not WOFF2`);
  const numTables = view.getUint16(12);
  const at = { pos: 48 };
  let offset = 0;
  let cmap: { offset: number; length: number } | null = null;
  for (let i = 0; i < numTables; i++) {
    const flags = view.getUint8(at.pos++);
    const tagIndex = flags & 0x3f;
    let tag = KNOWN_TAGS[tagIndex];
    if (tagIndex === 0x3f) {
      tag = String.fromCharCode(...file.subarray(at.pos, at.pos + 4));
      at.pos += 4;
    }
    const origLength = base128(view, at);
    const transform = (flags >> 6) & 3;
    // glyf and loca are transformed unless their version is 3; every other table unless 0.
    const transformed = tag === "glyf" || tag === "loca" ? transform !== 3 : transform !== 0;
    const length = transformed ? base128(view, at) : origLength;
    if (tag === "cmap") cmap = { offset, length };
    offset += length;
  }
  if (!cmap) throw new Error(`${path} has no cmap`);
  const compressedLength = view.getUint32(20);
  const tables = brotliDecompressSync(file.subarray(at.pos, at.pos + compressedLength));
  return readCmap(new DataView(tables.buffer, tables.byteOffset + cmap.offset, cmap.length));
}

function readCmap(cmap: DataView): Set<number> {
  const points = new Set<number>();
  const count = cmap.getUint16(2);
  for (let i = 0; i < count; i++) {
    const sub = cmap.getUint32(4 + i * 8 + 4);
    const format = cmap.getUint16(sub);
    if (format === 4) {
      const segX2 = cmap.getUint16(sub + 6);
      const ends = sub + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const rangeOffsets = deltas + segX2;
      for (let s = 0; s < segX2 / 2; s++) {
        const end = cmap.getUint16(ends + s * 2);
        const start = cmap.getUint16(starts + s * 2);
        const delta = cmap.getInt16(deltas + s * 2);
        const rangeOffset = cmap.getUint16(rangeOffsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number;
          if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
          else {
            const g = cmap.getUint16(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
            glyph = g === 0 ? 0 : (g + delta) & 0xffff;
          }
          if (glyph !== 0) points.add(c);
        }
      }
    } else if (format === 12) {
      const groups = cmap.getUint32(sub + 12);
      for (let g = 0; g < groups; g++) {
        const start = cmap.getUint32(sub + 16 + g * 12);
        const end = cmap.getUint32(sub + 16 + g * 12 + 4);
        const glyph = cmap.getUint32(sub + 16 + g * 12 + 8);
        for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) points.add(c);
      }
    }
  }
  return points;
}
