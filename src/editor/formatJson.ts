// JSON written the way the repository's files are (Biome's formatter, biome.json: 2 spaces,
// lines up to 110 columns), so a file the editor writes passes `npm run lint` unchanged and
// reads like one written by hand: objects one key per line; an array of plain values on one
// line when it fits (trailing comma counted), else one value per line; empty ones as [] and {}.
// test/unit/editorFiles.test.ts compares the output with Biome's own.

const LINE_WIDTH = 110;
const INDENT = "  ";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

/** Characters as Biome counts them for line width: code points. */
const width = (s: string) => [...s].length;

function formatValue(value: Json, indent: string, used: number, suffix: string): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const plain = value.every((v) => v === null || typeof v !== "object");
    if (plain) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
      if (used + width(flat) + width(suffix) <= LINE_WIDTH) return flat;
    }
    const items = value.map(
      (v, i) => inner + formatValue(v, inner, width(inner), i < value.length - 1 ? "," : ""),
    );
    return `[\n${items.join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value).filter((e): e is [string, Json] => e[1] !== undefined);
  if (entries.length === 0) return "{}";
  const lines = entries.map(([k, v], i) => {
    const head = `${inner}${JSON.stringify(k)}: `;
    return head + formatValue(v, inner, width(head), i < entries.length - 1 ? "," : "");
  });
  return `{\n${lines.join(",\n")}\n${indent}}`;
}

/** The file's text: the value formatted as above, with a trailing newline. */
export function formatJson(value: Json): string {
  return `${formatValue(value, "", 0, "")}\n`;
}
