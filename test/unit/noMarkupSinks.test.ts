// Text from the data and the URL reaches the page only as React text and attributes: no source
// file uses an API that parses a string as markup or code. (The reader's highlighting cuts the
// text into pieces and renders them as elements; it never builds HTML.)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SINKS =
  /dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|new Function\(|\beval\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe("no markup sinks in the app's code", () => {
  it("no file under src/ parses strings as HTML or code", () => {
    const files = sourceFiles(join(process.cwd(), "src"));
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((f) => SINKS.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
