// Issue 19: "No user-visible English string left in the code outside the message catalogues."
// Parses every source file (Vite's parser, the one the build uses) and lists the English left in
// what a reader sees: JSX text, the attributes a reader or a screen reader hears, and string
// literals that read as words (two or more, or a capitalised sentence). What is English by
// design says so on its line or the line above with `i18n-ignore: <why>` (a developer's error,
// the data check's command-line messages, a font's name…), so each exception is explained where
// it is.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseAst } from "vite";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");

/**
 * Catalogues hold the texts; generated tables hold names in every language; the data check's
 * messages for `npm run check:data` are English by design (the editor shows them in the
 * reader's language through src/data/checkMessages.ts, whose texts are catalogue keys).
 */
const NOT_SCANNED = [/^src\/i18n\/catalogues\//, /^src\/i18n\/countryNames\.ts$/];

/** Attributes whose value a reader sees or a screen reader says. */
const SPOKEN_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "aria-placeholder",
  "title",
  "placeholder",
  "alt",
  "label",
]);

const HAS_WORD = /[A-Za-z]{2,}/;
/** Two or more words, or a capitalised word ending a sentence: "Loading the map…", "Done." */
const READS_AS_TEXT = /[A-Za-z]{2,}[,;:]? +[A-Za-z]{2,}|^[A-Z][a-z]+[.…!?:]$/;
/** Font family names are names, not text. */
const FONT_NAME = /^Noto (Sans|Serif)\b/;
/** Markup, CSS, selectors, media queries, addresses and commands: code, whatever its words. */
const CODE = /[<>{}=[\]]|:\/\/|^\((?:max|min|prefers|pointer|hover)-|sans-serif|^npm |^\s*(?:[a-z-]+:\s*)+$/;
/** A class list: lower-case tokens, each with a hyphen or ending in one ("panel sheet-"). */
const CLASS_LIST = /^(?=.*-)\s*[a-z0-9-]+(?:\s+[a-z0-9-]+)*\s*$/;
/** A file's name ("embed.js"). */
const FILE_NAME = /^[\w.-]+\.(js|ts|json|html|css|txt)$/;
const notText = (text: string) => FONT_NAME.test(text) || CODE.test(text) || CLASS_LIST.test(text);

interface Found {
  where: string;
  what: string;
}

type Node = { type: string; start: number; [key: string]: unknown };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && typeof (value as Node).type === "string";

/** Strings that are never shown: module names, object keys, `"a b c".split(" ")` word lists. */
function neverShown(parent: Node | null, key: string): boolean {
  if (!parent) return false;
  if (/^(Import|Export)(Declaration|NamedDeclaration|AllDeclaration|Expression)$/.test(parent.type))
    return true;
  if (parent.type === "Property" && key === "key") return true;
  if (parent.type === "MemberExpression" && key === "object") return true;
  if (parent.type === "TSLiteralType" || parent.type === "TSEnumMember") return true;
  return false;
}

function englishIn(file: string, code: string): Found[] {
  const lines = code.split("\n");
  const lineOf = (pos: number) => code.slice(0, pos).split("\n").length;
  const ignored = (line: number) => /i18n-ignore:/.test(`${lines[line - 2] ?? ""}\n${lines[line - 1] ?? ""}`);
  const found: Found[] = [];
  // A whole file English by design (the data check's command-line messages) says so once.
  if (/i18n-ignore-file:/.test(code)) return found;
  const report = (node: Node, what: string) => {
    const line = lineOf(node.start);
    if (!ignored(line)) found.push({ where: `${file}:${line}`, what });
  };
  const visit = (node: Node, parent: Node | null, key: string) => {
    if (node.type === "JSXText") {
      const text = String(node.value).trim();
      if (HAS_WORD.test(text) && !FILE_NAME.test(text)) report(node, text);
    }
    if (node.type === "JSXAttribute") {
      const name = (node.name as { name?: unknown } | undefined)?.name;
      const value = node.value as Node | null;
      if (typeof name === "string" && SPOKEN_ATTRIBUTES.has(name) && value?.type === "Literal") {
        if (HAS_WORD.test(String(value.value))) report(node, `${name}="${String(value.value)}"`);
        return;
      }
    }
    if (node.type === "Literal" && typeof node.value === "string" && parent?.type !== "JSXAttribute") {
      const text = node.value;
      if (READS_AS_TEXT.test(text) && !notText(text) && !neverShown(parent, key)) report(node, text);
    }
    if (node.type === "TemplateElement") {
      const text = String((node.value as { cooked?: string }).cooked ?? "");
      if (READS_AS_TEXT.test(text) && !notText(text)) report(node, text);
    }
    for (const [childKey, child] of Object.entries(node)) {
      if (Array.isArray(child)) for (const c of child) isNode(c) && visit(c, node, childKey);
      else if (isNode(child)) visit(child, node, childKey);
    }
  };
  visit(parseAst(code, { lang: file.endsWith(".tsx") ? "tsx" : "ts" }, file) as unknown as Node, null, "");
  return found;
}

describe("no English outside the catalogues", () => {
  it("finds English where it is planted (the scan can fail)", () => {
    const planted = [
      'export const A = () => <p title="Close the panel">Loading the map…</p>;',
      'const message = cond ? "Nothing to record." : x;',
      // A template literal with a placeholder, written as a plain string.
      "const b = `Saved all $" + "{n} files`;",
    ].join("\n");
    expect(englishIn("planted.tsx", planted).map((f) => f.what)).toEqual([
      'title="Close the panel"',
      "Loading the map…",
      "Nothing to record.",
      "Saved all ",
    ]);
  });

  it("leaves alone what is not text, and what says why it is English", () => {
    const fine = [
      'import { x } from "./some module";',
      'const h = { "Content-Type": "application/json", family: "Noto Sans Regular" };',
      'const STOP = new Set("a an the of".split(" "));',
      "// i18n-ignore: a developer's mistake, never shown",
      'throw new Error("useStore must be used inside a provider");',
      'const c = <div className="panel wide" data-testid="map">{t("app.title")}</div>;',
      // Template literals with placeholders, written as plain strings.
      'const css = "(prefers-reduced-motion: reduce)"; const cls = `panel sheet-$' + "{size}`;",
      'const svg = `<rect width="$' + '{w}" />`; const d = <code>embed.js</code>;',
    ].join("\n");
    expect(englishIn("fine.tsx", fine)).toEqual([]);
    expect(
      englishIn("cli.ts", '// i18n-ignore-file: printed by the CLI\nconst m = "is not valid here";'),
    ).toEqual([]);
  });

  it("finds none in src/", () => {
    const found = sourceFiles(SRC)
      .map((path) => relative(ROOT, path))
      .filter((file) => !NOT_SCANNED.some((re) => re.test(file)))
      .flatMap((file) => englishIn(file, readFileSync(join(ROOT, file), "utf8")));
    expect(found.map((f) => `${f.where}  ${f.what}`)).toEqual([]);
  });
});
