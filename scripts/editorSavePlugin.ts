// Vite plugin, `npm run dev` only (apply: "serve"; the production build has no such endpoint):
// POST /__editor/save takes {files: [{path, content}] × 3, confirmEdit?} as JSON and answers
// with JSON, {ok: true, id, written, history?} or {ok: false, reason, errors}, after
// scripts/lib/editorSave.ts has checked and written the files. Only the page's own origin may
// ask: a request from another origin (which the dev server's CORS header would otherwise let
// any open web page send) is refused, and a JSON content type is required, which a cross-site
// form cannot send.
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import type { Plugin } from "vite";
import { createEditorSaver, type EditorSaverOptions, type SaveResponse } from "./lib/editorSave.ts";

export const EDITOR_SAVE_PATH = "/__editor/save";
const MAX_BODY_BYTES = 8 * 1024 * 1024;

function send(res: ServerResponse, status: number, body: SaveResponse): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json");
  res.setHeader("Cache-Control", "no-store");
  res.end(JSON.stringify(body));
}

const requestError = (message: string): SaveResponse => ({
  ok: false,
  reason: "request",
  errors: [{ file: "", entry: "", field: "", message }],
});

/** The request comes from a page served by this server (or from no page: curl, tests). */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return req.headers["sec-fetch-site"] !== "cross-site";
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** As the saver's options; the data folder is the project's data/ by default. */
export type EditorSaveOptions = Partial<EditorSaverOptions>;

export function editorSave(options: EditorSaveOptions = {}): Plugin {
  return {
    name: "editor-save",
    apply: "serve",
    configureServer(server) {
      const save = createEditorSaver({
        ...options,
        dataDir: options.dataDir ?? join(server.config.root, "data"),
      });
      server.middlewares.use(EDITOR_SAVE_PATH, (req, res) => {
        void (async () => {
          if (req.method !== "POST") return send(res, 405, requestError("use POST"));
          if (!sameOrigin(req)) return send(res, 403, requestError("only the app's own page may save"));
          if (!/^application\/json\b/i.test(req.headers["content-type"] ?? ""))
            return send(res, 415, requestError("the body must be JSON (Content-Type: application/json)"));
          const text = await readBody(req);
          if (text === null) return send(res, 413, requestError("the request is too large"));
          let body: unknown;
          try {
            body = JSON.parse(text);
          } catch {
            return send(res, 400, requestError("the body is not valid JSON"));
          }
          const result = save(body);
          const status = result.ok
            ? 200
            : result.reason === "exists"
              ? 409
              : result.reason === "check"
                ? 422
                : 400;
          send(res, status, result);
        })().catch((e: unknown) => send(res, 500, requestError(e instanceof Error ? e.message : String(e))));
      });
    },
  };
}
