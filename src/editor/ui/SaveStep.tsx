// Step 4: check and save. Every problem the data check finds is listed; while any stands,
// nothing is written or downloaded. The files are then downloaded as the repository keeps them
// (one zip, or one by one), or, under `npm run dev`, saved straight into data/ by the dev
// server, which runs the full check again and writes atomically.
import { useId, useState } from "react";
import { type DataError, formatDataError, formatDataErrorIn } from "../../data/dataErrors.ts";
import { download } from "../../features/export/download.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import type { Draft } from "../draft.ts";
import { type DraftFile, draftFiles, fileList } from "../draftFiles.ts";
import { CAN_SAVE_TO_DATA, type SaveAnswer, saveToData } from "../saveToData.ts";
import { zipFiles } from "../zipFiles.ts";
import { keep, richText } from "./richText.tsx";

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
  const { t } = useI18n();
  const reasonId = useId();
  const [confirmEdit, setConfirmEdit] = useState(false);
  const [answer, setAnswer] = useState<SaveAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  const files = fileList(draftFiles(draft));
  const blocked = errors.length > 0 || checking;
  // Why the buttons are aria-disabled, read with each of them (they stay focusable and say so).
  const reason = checking
    ? t("editor.save.blockedChecking")
    : t("editor.save.blocked", { count: errors.length });
  const disabled = (off: boolean) =>
    off
      ? { "aria-disabled": true as const, "aria-describedby": reasonId }
      : { "aria-disabled": false as const };
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
  const code = (text: string) => <code>{text}</code>;
  return (
    <div className="editor-save">
      {errors.length > 0 ? (
        <section className="editor-problems" aria-label={t("editor.save.problemsLabel")}>
          <p>
            <strong>{t("editor.save.problems", { count: errors.length })}</strong>{" "}
            {richText(t("editor.save.sameCheck", keep("command")), { command: code("npm run check:data") })}
          </p>
          <ul>
            {errors.map((e) => (
              <li key={formatDataError(e)}>{formatDataErrorIn(e, t)}</li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="editor-ok" role="status">
          {checking ? t("editor.save.checking") : t("editor.save.passes")}
        </p>
      )}
      {blocked && (
        <p id={reasonId} className="muted small">
          {reason}
        </p>
      )}
      <h4>{t("editor.save.downloadHeading")}</h4>
      <p className="muted small">
        {richText(t("editor.save.downloadHint", keep("check", "build")), {
          check: code("npm run check:data"),
          build: code("npm run build"),
        })}
      </p>
      <ul className="editor-files">
        {files.map((f) => (
          <li key={f.path}>
            <code>{f.path}</code>{" "}
            <button
              type="button"
              className="link-button"
              {...disabled(blocked)}
              onClick={() => (blocked ? refuse() : download(fileName(f), f.content, typeOf(f)))}
            >
              {t("editor.save.downloadOne", { file: fileName(f) })}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        {...disabled(blocked)}
        onClick={() =>
          blocked
            ? refuse()
            : download(`${draft.meta.id}.zip`, new Blob([zipFiles(files)]), "application/zip")
        }
      >
        {t("editor.save.downloadZip")}
      </button>
      <h4>{t("editor.save.saveHeading")}</h4>
      {CAN_SAVE_TO_DATA ? (
        <>
          {editOf !== undefined && (
            <label className="editor-check">
              <input
                type="checkbox"
                checked={confirmEdit}
                onChange={(e) => setConfirmEdit(e.target.checked)}
              />{" "}
              {richText(t("editor.save.replace", keep("id", "history")), {
                id: code(editOf),
                history: code("data/.history/"),
              })}
            </label>
          )}
          <button
            type="button"
            className="primary"
            {...disabled(blocked || busy)}
            onClick={() => void save()}
          >
            {busy ? t("editor.save.saving") : t("editor.save.save")}
          </button>
        </>
      ) : (
        <p className="muted small">
          {richText(t("editor.save.buildOnly", keep("dev", "data")), {
            dev: code("npm run dev"),
            data: code("data/"),
          })}
        </p>
      )}
      {answer && (
        <div role="alert" className={answer.ok ? "editor-saved" : "editor-refused"}>
          {answer.ok ? (
            <p>
              {t("editor.save.saved", { files: answer.written.join(", ") })}
              {answer.history ? ` ${t("editor.save.previous", { path: answer.history })}` : ""}{" "}
              <button type="button" onClick={() => window.location.reload()}>
                {t("editor.save.reload")}
              </button>
            </p>
          ) : (
            <>
              <p>{answer.reason === "exists" ? t("editor.save.exists") : t("editor.save.notSaved")}</p>
              <ul>
                {answer.errors.map((e) => (
                  <li key={formatDataError(e)}>{formatDataErrorIn(e, t)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
