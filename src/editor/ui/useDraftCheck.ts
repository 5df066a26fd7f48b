// The live data check: the same validateData as `npm run check:data`, on the repository's data
// with the draft's files in it (src/editor/checkDraft.ts), re-run as the draft changes (deferred,
// so typing stays quick). One thing it cannot see by itself: a new source taking the id of a
// published one would replace its files, so that is reported here, on the id field.
import { useDeferredValue, useMemo } from "react";
import { checkText } from "../../data/checkMessages.ts";
import type { DataError } from "../../data/dataErrors.ts";
import type { RawData } from "../../data/validateData.ts";
import { checkDraft } from "../checkDraft.ts";
import type { Draft } from "../draft.ts";
import { sourcePath } from "../draftFiles.ts";
import type { TakenIds } from "../editorState.ts";

export function draftErrors(draft: Draft, raw: RawData, taken: TakenIds, editOf?: string): DataError[] {
  const errors = checkDraft(draft, raw, editOf === undefined ? {} : { replaces: editOf });
  const id = draft.meta.id;
  if (id !== "" && taken.sources.has(id))
    errors.unshift({
      file: sourcePath(id),
      entry: `"${id}"`,
      field: "id",
      ...checkText("editor.check.idPublished", { id }),
    });
  return errors;
}

export function useDraftCheck(draft: Draft, raw: RawData, taken: TakenIds, editOf?: string) {
  const deferred = useDeferredValue(draft);
  const errors = useMemo(() => draftErrors(deferred, raw, taken, editOf), [deferred, raw, taken, editOf]);
  return { errors, checking: deferred !== draft };
}
