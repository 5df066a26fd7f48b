// Where a JSON text goes wrong, as line and column, for `npm run check:data`. Node's JSON.parse
// names a character offset for some mistakes and none for others ("Unexpected token ']', …"),
// so a small scanner that follows the JSON grammar finds the offset itself; the parser's own
// words, without its offset and its copy of the text, say what is wrong there.

/** The offset of the first character that cannot continue a JSON text (its length if it ends early). */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i] as string)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) fail();
    i++;
  };
  const string = () => {
    expect('"');
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail();
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u") {
          for (let k = 0; k < 4; k++) {
            i++;
            if (!/[0-9a-fA-F]/.test(text[i] ?? "")) fail();
          }
        } else if (!'"\\/bfnrt'.includes(text[i] ?? "x")) fail();
      }
      i++;
    }
    expect('"');
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m || m[0] === "" || m[0] === "-") fail();
    i += (m as RegExpExecArray)[0].length;
  };
  const object = () => {
    i++;
    ws();
    if (text[i] === "}") {
      i++;
      return;
    }
    for (;;) {
      ws();
      string();
      ws();
      expect(":");
      value();
      ws();
      if (text[i] !== ",") break;
      i++;
    }
    expect("}");
  };
  const array = () => {
    i++;
    ws();
    if (text[i] === "]") {
      i++;
      return;
    }
    for (;;) {
      value();
      ws();
      if (text[i] !== ",") break;
      i++;
    }
    expect("]");
  };
  function value() {
    ws();
    const ch = text[i];
    const word = ["true", "false", "null"].find((w) => text.startsWith(w, i));
    if (ch === "{") object();
    else if (ch === "[") array();
    else if (ch === '"') string();
    else if (word) i += word.length;
    else if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) number();
    else fail();
  }
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (at) {
    return Math.min(typeof at === "number" ? at : i, text.length);
  }
  return text.length;
}

/** 1-based line and column of an offset; columns count UTF-16 units, as editors mostly do. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split("\n");
  return { line: lines.length, column: (lines.at(-1) ?? "").length + 1 };
}

/** JSON.parse's reason without " in JSON at position N …" or the quoted copy of the text. */
function reason(message: string): string {
  return message
    .replace(/\s+in JSON at position \d+.*$/s, "")
    .replace(/^(Unexpected token '.*?'), .*$/s, "$1")
    .trim();
}

/** `is not valid JSON at line 12, column 5: Expected ',' or '}' after property value`. */
export function jsonErrorMessage(text: string, error: unknown): string {
  const { line, column } = lineColumn(text, jsonErrorOffset(text));
  const why = reason(error instanceof Error ? error.message : String(error));
  return `is not valid JSON at line ${line}, column ${column}: ${why}`;
}
