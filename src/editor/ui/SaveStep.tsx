// Step 4: check and save. Every problem the data check finds is listed; while any stands,
// nothing is written or downloaded. The files are then downloaded as the repository keeps them
// (one zip, or one by one), or, under `npm run dev`, saved straight into data/ by the dev
// server, which runs the full check again and writes atomically.
import { useState } from "react";
import { type DataError, formatDataError } from "../../data/dataErrors.ts";
import { download } from "../../features/export/download.ts";
import type { Draft } from "../draft.ts";
import { type DraftFile, draftFiles, fileList } from "../draftFiles.ts";
import { CAN_SAVE_TO_DATA, type SaveAnswer, saveToData } from "../saveToData.ts";
import { zipFiles } from "../zipFiles.ts";

const fileName = (f: DraftFile) => f.path.split("/").pop() ?? f.path;
const typeOf = (f: DraftFile) => (f.path.endsWith(".txt") ? "text/plain;charset=utf-8" : "application/json");

export function SaveStep({
  draft,
  errors,
  checking,
  editOf,
  onSaved,
  onShowProblems,
}: {
  draft: Draft;
  errors: readonly DataError[];
  checking: boolean;
  editOf?: string;
  /** The dev server wrote the files: the draft has done its work. */
  onSaved: (answer: Extract<SaveAnswer, { ok: true }>) => void;
  /** Shows every field's messages (after a refused save). */
  onShowProblems: () => void;
}) {
  const [confirmEdit, setConfirmEdit] = useState(false);
  const [answer, setAnswer] = useState<SaveAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  const files = fileList(draftFiles(draft));
  const blocked = errors.length > 0 || checking;
  const refuse = () => {
    onShowProblems();
    setAnswer({ ok: false, reason: "check", errors: [...errors] });
  };
  const save = async () => {
    if (blocked) return refuse();
    setBusy(true);
    const result = await saveToData(files, editOf !== undefined && confirmEdit);
    setBusy(false);
    setAnswer(result);
    if (result.ok) onSaved(result);
  };
  return (
    <div className="editor-save">
      {errors.length > 0 ? (
        <section className="editor-problems" aria-label="Problems to fix">
          <p>
            <strong>
              {errors.length} problem{errors.length === 1 ? "" : "s"} to fix before saving
            </strong>{" "}
            (the same check as <code>npm run check:data</code>):
          </p>
          <ul>
            {errors.map((e) => (
              <li key={formatDataError(e)}>{formatDataError(e)}</li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="editor-ok" role="status">
          {checking ? "Checking…" : "The data check passes: ready to save."}
        </p>
      )}
      <h4>Download the files</h4>
      <p className="muted small">
        Put them in the project at these paths (unzip in the project's folder), then run{" "}
        <code>npm run check:data</code> and <code>npm run build</code>.
      </p>
      <ul className="editor-files">
        {files.map((f) => (
          <li key={f.path}>
            <code>{f.path}</code>{" "}
            <button
              type="button"
              className="link-button"
              aria-disabled={blocked}
              onClick={() => (blocked ? refuse() : download(fileName(f), f.content, typeOf(f)))}
            >
              Download {fileName(f)}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        aria-disabled={blocked}
        onClick={() =>
          blocked
            ? refuse()
            : download(`${draft.meta.id}.zip`, new Blob([zipFiles(files)]), "application/zip")
        }
      >
        Download all (zip)
      </button>
      <h4>Save to data/</h4>
      {CAN_SAVE_TO_DATA ? (
        <>
          {editOf !== undefined && (
            <label className="editor-check">
              <input
                type="checkbox"
                checked={confirmEdit}
                onChange={(e) => setConfirmEdit(e.target.checked)}
              />{" "}
              Replace the published source <code>{editOf}</code> (its current files are kept in{" "}
              <code>data/.history/</code>)
            </label>
          )}
          <button
            type="button"
            className="primary"
            aria-disabled={blocked || busy}
            onClick={() => void save()}
          >
            {busy ? "Saving…" : "Save to data/"}
          </button>
        </>
      ) : (
        <p className="muted small">
          This copy of the app is a build and cannot write files: download them instead. Run{" "}
          <code>npm run dev</code> to save straight into <code>data/</code>.
        </p>
      )}
      {answer && (
        <div role="alert" className={answer.ok ? "editor-saved" : "editor-refused"}>
          {answer.ok ? (
            <p>
              Saved to data/: {answer.written.join(", ")}.
              {answer.history ? ` The previous version is in ${answer.history}.` : ""}{" "}
              <button type="button" onClick={() => window.location.reload()}>
                Reload the map to see it
              </button>
            </p>
          ) : (
            <>
              <p>Not saved{answer.reason === "exists" ? ": that id is already in data/" : ""}.</p>
              <ul>
                {answer.errors.map((e) => (
                  <li key={formatDataError(e)}>{formatDataError(e)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
