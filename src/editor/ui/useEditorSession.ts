// The draft the editor works on: found for what the editor was opened for (a new source, a
// draft kept in this browser, or "Edit" on a published source), and kept in the browser at every
// change, from the first keystroke (src/editor/draftSession.ts), so a reload or crash loses
// nothing. The edits themselves are the pure functions of src/editor/editorState.ts.
import { useMemo, useRef, useState } from "react";
import type { RawData } from "../../data/validateData.ts";
import { useStoreApi } from "../../state/StoreContext.tsx";
import type { EditorRequest } from "../../state/store.ts";
import { type Draft, type DraftAnnotation, type DraftMeta, emptyDraft } from "../draft.ts";
import { draftFromFiles } from "../draftFiles.ts";
import { draftStore, keepDraft } from "../draftSession.ts";
import { sourceFiles, takenIds } from "../editorData.ts";
import * as E from "../editorState.ts";

export interface Session {
  key: string;
  draft: Draft;
  editOf?: string;
  /** When the draft was last kept in this browser (ms), or null before the first change. */
  savedAt: number | null;
  /** Why the last keep failed (storage full or switched off), else null. */
  keepError: string | null;
}

/** The session for a request, from the raw data; a resumed or edited draft that is gone starts new. */
export function openSession(request: EditorRequest, raw: RawData): Session {
  const { store } = draftStore();
  if (request.type === "resume") {
    const stored = store.load(request.key).draft;
    if (stored)
      return {
        key: request.key,
        draft: stored.draft,
        ...(stored.editOf === undefined ? {} : { editOf: stored.editOf }),
        savedAt: stored.savedAt,
        keepError: null,
      };
  }
  if (request.type === "edit") {
    // A draft already under way is resumed, not started twice: an edit of this published source,
    // or, for a source that is only a draft, that draft.
    const files = sourceFiles(raw, request.sourceId);
    const drafts = store.list().drafts;
    const existing =
      drafts.find((d) => d.editOf === request.sourceId) ??
      (files ? undefined : drafts.find((d) => d.editOf === undefined && d.id === request.sourceId));
    if (existing) return openSession({ type: "resume", key: existing.key }, raw);
    if (files)
      return {
        key: store.newKey(),
        draft: draftFromFiles(files.text, files.source, files.annotations),
        editOf: request.sourceId,
        savedAt: null,
        keepError: null,
      };
  }
  return { key: store.newKey(), draft: emptyDraft(), savedAt: null, keepError: null };
}

export interface DraftEdits {
  setText: (text: string) => void;
  setOmitted: (line: string, omitted: boolean) => void;
  updateMeta: (patch: Partial<DraftMeta>) => void;
  addAnnotation: () => DraftAnnotation;
  updateAnnotation: (id: string, patch: Partial<DraftAnnotation>) => void;
  removeAnnotation: (id: string) => void;
  addQuote: (id: string, quote: string) => void;
  removeQuote: (id: string, index: number) => void;
  toggleTarget: (id: string, target: E.TargetRef, on?: boolean) => void;
}

export function useEditorSession(request: EditorRequest, raw: RawData) {
  const app = useStoreApi();
  const [session, setSession] = useState(() => openSession(request, raw));
  const current = useRef(session);
  current.current = session;
  const taken = useMemo(() => takenIds(raw, session.editOf), [raw, session.editOf]);

  const edits = useMemo<DraftEdits>(() => {
    // Applies one edit to the latest draft and keeps it at once.
    const apply = (change: (d: Draft) => Draft) => {
      const s = current.current;
      const draft = change(s.draft);
      if (draft === s.draft) return draft;
      const kept = keepDraft(app, s.key, draft, s.editOf);
      const next: Session = {
        ...s,
        draft,
        savedAt: kept.ok ? kept.savedAt : s.savedAt,
        keepError: kept.ok ? null : kept.error,
      };
      current.current = next;
      setSession(next);
      return draft;
    };
    const isEdit = () => current.current.editOf !== undefined;
    return {
      setText: (text) => apply((d) => ({ ...d, text })),
      setOmitted: (line, omitted) => apply((d) => E.setOmitted(d, line, omitted)),
      updateMeta: (patch) => apply((d) => E.updateMeta(d, patch, taken, isEdit())),
      addAnnotation: () => {
        const d = apply((x) => E.addAnnotation(x, taken));
        return d.annotations.at(-1) as DraftAnnotation;
      },
      updateAnnotation: (id, patch) => apply((d) => E.updateAnnotation(d, id, patch)),
      removeAnnotation: (id) => apply((d) => E.removeAnnotation(d, id)),
      addQuote: (id, quote) => apply((d) => E.addQuote(d, id, quote)),
      removeQuote: (id, index) => apply((d) => E.removeQuote(d, id, index)),
      toggleTarget: (id, target, on) => apply((d) => E.toggleTarget(d, id, target, on)),
    };
  }, [app, taken]);

  return { session, edits, taken, restart: (r: EditorRequest) => setSession(openSession(r, raw)) };
}
