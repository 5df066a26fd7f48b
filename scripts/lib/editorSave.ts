// "Save to data/" for the editor, in Node: what the dev-server endpoint (editorSavePlugin.ts)
// does with a request. It writes one source's three files into data/ only when all of this
// holds: the paths are exactly data/sources/<id>.txt, data/sources/<id>.json and
// data/annotations/<id>.json for one kebab-case id; an id that exists is replaced only when the
// request says the edit is confirmed; the full data check passes on a copy of data/ with the new
// files in it. The files it replaces are first copied to data/.history/<time>/; each file is
// written to a temporary file in its folder and renamed over the old one. Synchronous, so two
// requests never interleave in the dev server. The data folder is a parameter (tests use a copy).
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { checkText } from "../../src/data/checkMessages.ts";
import type { DataError } from "../../src/data/dataErrors.ts";
import { createChecker } from "./checkAll.ts";

export interface SaveFile {
  /** From the project root: data/sources/<id>.txt, data/sources/<id>.json or data/annotations/<id>.json */
  path: string;
  content: string;
}

export interface SaveRequest {
  files: SaveFile[];
  /** The user confirmed replacing the source with this id. */
  confirmEdit?: boolean;
}

export type SaveResponse =
  | { ok: true; id: string; written: string[]; history?: string }
  | { ok: false; reason: "request" | "exists" | "check"; errors: DataError[] };

/** The one kind of path the editor may write, with its id. */
const ALLOWED =
  /^data\/(?:sources\/([a-z0-9]+(?:-[a-z0-9]+)*)\.(txt|json)|annotations\/([a-z0-9]+(?:-[a-z0-9]+)*)\.json)$/;
const MAX_FILE_CHARS = 2_000_000;

/** A refusal; `problem` is English only (a malformed request, never the editor's) or a check text. */
const refuse = (
  reason: "request" | "exists" | "check",
  file: string,
  problem: string | Pick<DataError, "message" | "text">,
): SaveResponse => ({
  ok: false,
  reason,
  errors: [{ file, entry: "", field: "", ...(typeof problem === "string" ? { message: problem } : problem) }],
});

/** The request checked for shape and paths: one id, its three files, nothing else. */
function parseRequest(body: unknown): { id: string; files: SaveFile[]; confirmEdit: boolean } | SaveResponse {
  if (!body || typeof body !== "object") return refuse("request", "", "the request must be a JSON object");
  const { files, confirmEdit } = body as { files?: unknown; confirmEdit?: unknown };
  if (!Array.isArray(files) || files.length !== 3)
    return refuse("request", "", "the request must carry exactly the three files of one source");
  if (confirmEdit !== undefined && typeof confirmEdit !== "boolean")
    return refuse("request", "", "confirmEdit must be true or false");
  const ids = new Set<string>();
  const kinds = new Set<string>();
  const out: SaveFile[] = [];
  for (const f of files) {
    const { path, content } = (f ?? {}) as { path?: unknown; content?: unknown };
    if (typeof path !== "string" || typeof content !== "string")
      return refuse("request", "", "each file needs a path and a content, both text");
    const m = ALLOWED.exec(path);
    if (!m)
      return refuse(
        "request",
        path,
        "not a path the editor may write: only data/sources/<id>.txt, data/sources/<id>.json and data/annotations/<id>.json, with a kebab-case id",
      );
    if (content.length > MAX_FILE_CHARS) return refuse("request", path, "the file is too large");
    ids.add(m[1] ?? m[3] ?? "");
    kinds.add(m[3] ? "annotations" : m[2] === "txt" ? "text" : "source");
    out.push({ path, content });
  }
  const [id] = ids;
  if (ids.size !== 1 || kinds.size !== 3 || id === undefined)
    return refuse(
      "request",
      "",
      "the three files must be one source's .txt, .json and annotations, under one id",
    );
  return { id, files: out, confirmEdit: confirmEdit === true };
}

/** A file name for now that sorts by time and is safe on every file system. */
const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, "-");

/** Writes through a temporary file in the same folder, so a reader sees the old file or the new one. */
function writeAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.editor-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(tmp, content, { encoding: "utf8", flush: true });
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

export interface EditorSaverOptions {
  /** The data folder to write into (the project's data/ in dev, a copy in tests). */
  dataDir: string;
  now?: () => Date;
  /** The data check on a project root; by default check:data's own (checkAll). */
  check?: (root: string) => DataError[];
}

/** A function answering save requests for one data folder. */
export function createEditorSaver(options: EditorSaverOptions): (body: unknown) => SaveResponse {
  const { dataDir } = options;
  const now = options.now ?? (() => new Date());
  const fullCheck = createChecker();
  const check = options.check ?? ((root: string) => fullCheck(root).errors);
  // data/sources/x.json → <dataDir>/sources/x.json
  const onDisk = (root: string, path: string) => join(root, path.slice("data/".length));

  return (body) => {
    const request = parseRequest(body);
    if ("ok" in request) return request;
    const { id, files, confirmEdit } = request;

    const existing = files.filter((f) => existsSync(onDisk(dataDir, f.path)));
    if (existing.length > 0 && !confirmEdit)
      return refuse(
        "exists",
        existing[0]?.path ?? "",
        // The editor shows this one (an edit saved without its confirmation): in the reader's language.
        checkText("editor.save.idExists", { id }),
      );

    // The full check on a copy of data/ with the new files in it.
    const scratch = mkdtempSync(join(tmpdir(), "editor-save-"));
    try {
      cpSync(dataDir, join(scratch, "data"), {
        recursive: true,
        filter: (src) => !src.startsWith(join(dataDir, ".history")),
      });
      for (const f of files) writeFileSync(onDisk(join(scratch, "data"), f.path), f.content, "utf8");
      const errors = check(scratch);
      if (errors.length > 0) return { ok: false, reason: "check", errors };
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }

    let history: string | undefined;
    if (existing.length > 0) {
      const base = `.history/${stamp(now())}`;
      let dir = join(dataDir, base);
      for (let n = 2; existsSync(dir); n++) dir = join(dataDir, `${base}-${n}`);
      for (const f of existing) {
        const to = join(dir, f.path.slice("data/".length));
        mkdirSync(dirname(to), { recursive: true });
        cpSync(onDisk(dataDir, f.path), to);
      }
      history = `data/${dir.slice(dataDir.length + 1)}`;
    }
    // The text first: until the metadata names it, a new text file is not read by anything.
    for (const f of files) writeAtomic(onDisk(dataDir, f.path), f.content);
    return { ok: true, id, written: files.map((f) => f.path), ...(history ? { history } : {}) };
  };
}
