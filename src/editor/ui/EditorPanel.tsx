// The editor, "Add a source": a dialog beside the map (not modal: the map stays usable, to pick
// what an annotation is about), in four steps: the article, where it comes from, what it says,
// check and save. Loaded on demand with the validator it runs as you type.
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { type CheckText, renderCheck } from "../../data/checkMessages.ts";
import type { Corridor } from "../../data/corridor.ts";
import type { RawData } from "../../data/validateData.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { useAppStore, useStoreApi } from "../../state/StoreContext.tsx";
import type { EditorRequest } from "../../state/store.ts";
import { discardDraft, draftStore } from "../draftSession.ts";
import { EDITOR_DATA_FILE, EditorDataError, fetchEditorData } from "../editorData.ts";
import { proposedId } from "../editorState.ts";
import { AnnotationsStep } from "./AnnotationsStep.tsx";
import { ArticleStep } from "./ArticleStep.tsx";
import { DraftList } from "./DraftList.tsx";
import { MetaStep } from "./MetaStep.tsx";
import { SaveStep } from "./SaveStep.tsx";
import { useDraftCheck } from "./useDraftCheck.ts";
import { useEditorSession } from "./useEditorSession.ts";
import "./editor.css";

/** The hour and minute a draft was kept, in the reader's locale (digits are the same everywhere). */
const timeOfDay = (at: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" }).format(at);

/** Why the data files did not load: a text of the catalogue, or the browser's own words. */
const errorReason = (e: unknown): CheckText =>
  e instanceof EditorDataError ? e.reason : { english: e instanceof Error ? e.message : String(e) };

type DataState =
  | { status: "loading" }
  | { status: "error"; reason: CheckText }
  | { status: "ready"; raw: RawData };

export default function EditorPanel({
  corridor,
  request,
  onClose,
}: {
  corridor: Corridor;
  request: EditorRequest & { seq: number };
  onClose: () => void;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const picking = useAppStore((s) => s.editorPick !== null);
  const [data, setData] = useState<DataState>({ status: "loading" });
  useEffect(() => {
    let live = true;
    fetchEditorData()
      .then((raw) => live && setData({ status: "ready", raw }))
      .catch((e: unknown) => live && setData({ status: "error", reason: errorReason(e) }));
    return () => {
      live = false;
    };
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== "Escape" || e.defaultPrevented) return;
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };
  return (
    <section
      role="dialog"
      aria-labelledby={titleId}
      className="editor-panel"
      data-picking={picking ? "" : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="dialog-header">
        <div>
          <p className="dialog-kicker">
            {request.type === "edit" ? t("editor.kickerEdit", { id: request.sourceId }) : t("editor.kicker")}
          </p>
          <h2 id={titleId} tabIndex={-1}>
            {t("app.addSource")}
          </h2>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t("editor.close")}>
          ×
        </button>
      </div>
      {data.status === "loading" && <p role="status">{t("editor.loading")}</p>}
      {data.status === "error" && (
        <p role="alert">
          {t("editor.loadFailed", { file: EDITOR_DATA_FILE, reason: renderCheck(data.reason, t) })}
        </p>
      )}
      {data.status === "ready" && (
        <EditorBody
          key={request.seq}
          corridor={corridor}
          request={request}
          raw={data.raw}
          titleId={titleId}
        />
      )}
    </section>
  );
}

function EditorBody({
  corridor,
  request,
  raw,
  titleId,
}: {
  corridor: Corridor;
  request: EditorRequest;
  raw: RawData;
  titleId: string;
}) {
  const { t, locale } = useI18n();
  const app = useStoreApi();
  const drafts = useAppStore((s) => s.drafts);
  const openEditor = useAppStore((s) => s.openEditor);
  const { session, edits, taken } = useEditorSession(request, raw);
  const { draft, editOf } = session;
  const { errors, checking } = useDraftCheck(draft, raw, taken, editOf);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [saved, setSaved] = useState(false);
  const shown = (field: string) => showAll || touched.has(field);
  const touch = (field: string) => setTouched((t) => (t.has(field) ? t : new Set([...t, field])));
  const bodyRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    document.getElementById(titleId)?.focus();
  }, [titleId]);

  return (
    <div className="editor-body" ref={bodyRef}>
      <p className="editor-status muted small" role="status">
        {saved
          ? t("editor.status.saved")
          : session.keepError
            ? t("editor.status.notKept", { reason: session.keepError })
            : session.savedAt
              ? t("editor.status.kept", { time: timeOfDay(session.savedAt, locale) })
              : draftStore().persistent
                ? t("editor.status.keeps")
                : t("editor.status.cannotKeep")}
      </p>
      {drafts.length > 0 && (
        <DraftList
          drafts={drafts}
          currentKey={session.key}
          onResume={(key) => openEditor({ type: "resume", key })}
          onDiscard={(key) => {
            discardDraft(app, key);
            if (key === session.key) openEditor({ type: "new" });
          }}
          onNew={() => openEditor({ type: "new" })}
        />
      )}
      <ol className="editor-steps">
        <li>
          <h3>{t("editor.step.article")}</h3>
          <ArticleStep draft={draft} onText={edits.setText} onOmit={edits.setOmitted} />
        </li>
        <li>
          <h3>{t("editor.step.meta")}</h3>
          <MetaStep
            meta={draft.meta}
            errors={errors}
            shown={(f) => shown(f) || (f === "id" && draft.meta.id !== "")}
            onTouch={touch}
            onChange={edits.updateMeta}
            isEdit={editOf !== undefined}
            proposed={proposedId(draft.meta, taken)}
          />
        </li>
        <li>
          <h3>{t("editor.step.annotations")}</h3>
          <AnnotationsStep
            draft={draft}
            edit={edits}
            errors={errors}
            shown={shown}
            onTouch={touch}
            corridor={corridor}
            {...(request.type === "edit" && request.annotationId
              ? { focusAnnotation: request.annotationId }
              : {})}
          />
        </li>
        <li>
          <h3>{t("editor.step.save")}</h3>
          <SaveStep
            draft={draft}
            errors={errors}
            checking={checking}
            {...(editOf === undefined ? {} : { editOf })}
            onShowProblems={() => setShowAll(true)}
            onSaved={() => {
              discardDraft(app, session.key);
              setSaved(true);
            }}
          />
        </li>
      </ol>
    </div>
  );
}
