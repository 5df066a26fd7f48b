// "Save to data/" (scripts/lib/editorSave.ts and the dev-server endpoint in
// scripts/editorSavePlugin.ts) against a temporary copy of data/: a good save is written and read
// back by the loader; paths outside the three shapes, an existing id without confirmation and
// files that fail the data check are refused and leave the folder as it was; an edit keeps the
// version it replaces in data/.history/.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EDITOR_SAVE_PATH, editorSave } from "../../scripts/editorSavePlugin.ts";
import { createEditorSaver, type SaveResponse } from "../../scripts/lib/editorSave.ts";
import { loadCorridor } from "../../scripts/lib/loadCorridor.ts";
import { type Draft, emptyAnnotation } from "../../src/editor/draft.ts";
import { draftFiles, draftFromFiles, fileList } from "../../src/editor/draftFiles.ts";

const EXISTING = "trend-2025-02-25-bayel-bagirov-customs";

function newDraft(): Draft {
  return {
    text: "BAKU, March 4. The fibre line will run from Aktau to Sumgait.\nFollow us",
    omitLines: ["Follow us"],
    meta: {
      id: "trend-2025-03-04-fibre-line",
      outlet: "Trend News Agency",
      title: "The fibre line will run from Aktau to Sumgait",
      titleKind: "lede",
      date: "2025-03-04",
      datePrecision: "day",
      dateInferred: false,
      dateline: "BAKU, March 4",
      language: "en",
      republished: [],
    },
    annotations: [
      {
        ...emptyAnnotation("t25-fibre-line-aktau-sumgait"),
        segments: ["caspian-fiber-aktau-sumgait"],
        topic: "telecom",
        summary: "A fibre line from Aktau to Sumgait.",
        quotes: ["The fibre line will run from Aktau to Sumgait."],
      },
    ],
  };
}

/** Every file under a folder with its content, to show a refused save changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, "utf8");
    }
  };
  walk(dir);
  return out;
}

let root: string;
let dataDir: string;
let save: (body: unknown) => SaveResponse;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "editor-save-test-"));
  dataDir = join(root, "data");
  cpSync(join(process.cwd(), "data"), dataDir, { recursive: true });
  save = createEditorSaver({ dataDir, now: () => new Date("2026-12-01T10:00:00.000Z") });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function expectRefused(body: unknown, reason: string): SaveResponse {
  const before = snapshot(dataDir);
  const r = save(body);
  expect(r).toMatchObject({ ok: false, reason });
  expect(snapshot(dataDir)).toEqual(before);
  return r;
}

describe("save to data/", () => {
  it("writes a good source's three files, which the loader then reads", { timeout: 60_000 }, () => {
    const draft = newDraft();
    const files = fileList(draftFiles(draft));
    const r = save({ files });
    expect(r).toEqual({ ok: true, id: draft.meta.id, written: files.map((f) => f.path) });
    for (const f of files) expect(readFileSync(join(root, f.path), "utf8")).toBe(f.content);
    const load = loadCorridor(root);
    expect(load.ok).toBe(true);
    if (!load.ok) return;
    expect(load.data.sources.find((s) => s.id === draft.meta.id)?.text).toBe(
      "BAKU, March 4. The fibre line will run from Aktau to Sumgait.",
    );
    expect(load.data.annotations.find((a) => a.id === "t25-fibre-line-aktau-sumgait")?.source).toBe(
      draft.meta.id,
    );
    // Nothing else: no history for a new source, no temporary file left behind.
    expect(
      Object.keys(snapshot(dataDir)).filter((p) => p.includes(".history") || p.endsWith(".tmp")),
    ).toEqual([]);
  });

  it.each([
    ["a parent folder", "data/sources/../../escape.txt"],
    ["an absolute path", "/tmp/escape.txt"],
    ["another folder of data/", "data/segments/fibre.json"],
    ["a path outside data/", "src/fibre.json"],
    ["an id that is not kebab-case", "data/sources/Fibre_Line.txt"],
    ["backslashes", "data\\sources\\fibre.txt"],
    ["a hidden file", "data/sources/.fibre.txt"],
    ["another extension", "data/sources/fibre.html"],
    ["a path that only ends like one", "x/data/sources/fibre.txt"],
    ["a path that only starts like one", "data/sources/fibre.txt/x"],
  ])("refuses %s", (_what, path) => {
    const files = fileList(draftFiles({ ...newDraft(), meta: { ...newDraft().meta, id: "fibre" } }));
    files[0] = { ...files[0]!, path };
    const r = expectRefused({ files }, "request");
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/not a path the editor may write|one source's/);
  });

  it.each(["Fibre_Line", ".fibre", "..", "a/../../b", "fibre--line", ""])(
    "refuses the id %j in all three files",
    (id) => {
      const r = expectRefused(
        { files: fileList(draftFiles({ ...newDraft(), meta: { ...newDraft().meta, id } })) },
        "request",
      );
      if (!r.ok) expect(r.errors[0]?.message).toMatch(/not a path the editor may write/);
    },
  );

  it("refuses files of two ids, a missing file, and a body that is not a request", () => {
    const a = fileList(draftFiles({ ...newDraft(), meta: { ...newDraft().meta, id: "one" } }));
    const b = fileList(draftFiles({ ...newDraft(), meta: { ...newDraft().meta, id: "two" } }));
    expectRefused({ files: [a[0], a[1], b[2]] }, "request");
    expectRefused({ files: a.slice(0, 2) }, "request");
    expectRefused({ files: [a[0], a[0], a[1]] }, "request");
    expectRefused(null, "request");
    expectRefused({ files: a, confirmEdit: "yes" }, "request");
  });

  it("refuses an id that exists unless the edit is confirmed", () => {
    const r = expectRefused({ files: fileList(draftFiles(newDraft())) }, "exists");
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/already exists; confirm the edit/);
    // As a message key too, so the editor says it in the reader's language.
    if (!r.ok) expect(r.errors[0]?.text).toMatchObject({ key: "editor.save.idExists" });
  });

  it("refuses files that fail the data check, with the check's messages", () => {
    const draft = { ...newDraft(), meta: { ...newDraft().meta, id: "trend-2025-03-05-other" } };
    draft.annotations = [{ ...draft.annotations[0]!, id: "t25-other", quotes: ["Not in the article."] }];
    const r = expectRefused({ files: fileList(draftFiles(draft)) }, "check");
    expect(r.ok ? [] : r.errors).toEqual([
      {
        file: "data/annotations/trend-2025-03-05-other.json",
        entry: '"t25-other"',
        field: "quotes.0",
        message: 'quote not found verbatim in trend-2025-03-05-other.txt: "Not in the article."',
        // The same problem as a message key, for the editor to say in the reader's language.
        text: {
          key: "editor.check.quoteNotFound",
          params: { file: "trend-2025-03-05-other.txt", quote: "Not in the article." },
        },
      },
    ]);
    // Bad JSON is the check's to report too, with line and column.
    const files = fileList(draftFiles(draft));
    files[1] = { ...files[1]!, content: '{"id": ' };
    const bad = expectRefused({ files }, "check");
    expect(bad.ok ? "" : bad.errors[0]?.file).toBe("data/sources/trend-2025-03-05-other.json");
  });

  it("an edit keeps the version it replaces in data/.history", () => {
    const read = (p: string) => readFileSync(join(dataDir, p), "utf8");
    const before = {
      text: read(`sources/${EXISTING}.txt`),
      source: read(`sources/${EXISTING}.json`),
      annotations: read(`annotations/${EXISTING}.json`),
    };
    const draft = draftFromFiles(before.text, JSON.parse(before.source), JSON.parse(before.annotations));
    draft.annotations[0]!.summary = "An edited summary.";
    const files = fileList(draftFiles(draft));
    const r = save({ files, confirmEdit: true });
    expect(r).toEqual({
      ok: true,
      id: EXISTING,
      written: files.map((f) => f.path),
      history: "data/.history/2026-12-01T10-00-00-000Z",
    });
    const history = ".history/2026-12-01T10-00-00-000Z";
    expect(read(`${history}/sources/${EXISTING}.txt`)).toBe(before.text);
    expect(read(`${history}/sources/${EXISTING}.json`)).toBe(before.source);
    expect(read(`${history}/annotations/${EXISTING}.json`)).toBe(before.annotations);
    expect(read(`annotations/${EXISTING}.json`)).toContain('"summary": "An edited summary."');
    // A second edit in the same millisecond gets its own history folder.
    draft.annotations[0]!.summary = "Edited twice.";
    expect(save({ files: fileList(draftFiles(draft)), confirmEdit: true })).toMatchObject({
      ok: true,
      history: "data/.history/2026-12-01T10-00-00-000Z-2",
    });
    expect(read(`.history/2026-12-01T10-00-00-000Z-2/annotations/${EXISTING}.json`)).toContain(
      "An edited summary.",
    );
    expect(loadCorridor(root).ok).toBe(true);
  });
});

function schemaAndLinks(r: string) {
  const load = loadCorridor(r);
  return load.ok ? [] : load.errors;
}

describe("the dev-server endpoint", () => {
  let server: ViteDevServer;
  let base: string;
  beforeAll(async () => {
    server = await createServer({
      root,
      configFile: false,
      logLevel: "silent",
      // The schema and cross-file checks only: the full check (geometry, ~10 s) is tested above.
      plugins: [editorSave({ dataDir, check: schemaAndLinks })],
      server: { port: 0, host: "127.0.0.1", watch: null },
    });
    await server.listen();
    base = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${EDITOR_SAVE_PATH}`, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/json", ...headers },
    });

  it("saves from the page's own origin and answers in JSON", async () => {
    const draft = { ...newDraft(), meta: { ...newDraft().meta, id: "trend-2025-03-06-by-http" } };
    draft.annotations = [{ ...draft.annotations[0]!, id: "t25-by-http" }];
    const res = await post(JSON.stringify({ files: fileList(draftFiles(draft)) }), { Origin: base });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, id: "trend-2025-03-06-by-http" });
    const again = await post(JSON.stringify({ files: fileList(draftFiles(draft)) }));
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ ok: false, reason: "exists" });
  });

  it("refuses other origins, other content types, other methods and bad JSON", async () => {
    const before = snapshot(dataDir);
    const body = JSON.stringify({ files: fileList(draftFiles(newDraft())), confirmEdit: true });
    expect((await post(body, { Origin: "https://example.org" })).status).toBe(403);
    expect((await post(body, { "Content-Type": "text/plain" })).status).toBe(415);
    expect((await fetch(`${base}${EDITOR_SAVE_PATH}`)).status).toBe(405);
    const bad = await post("{");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, reason: "request" });
    expect(snapshot(dataDir)).toEqual(before);
  });
});
