// The data check on a draft: the repository's data with the draft's three files in it, through
// the same validateData as `npm run check:data` and the build, so the dialog shows the same
// messages (file, entry, field) and a draft that passes here passes there. Not a second
// validator: only the files change. (The geometry and length checks of check:data read segment
// files only, which a draft never touches.)
import type { DataError } from "../data/dataErrors.ts";
import { type RawData, type RawFile, validateData } from "../data/validateData.ts";
import type { Draft } from "./draft.ts";
import { annotationsPath, draftFiles, sourcePath } from "./draftFiles.ts";

export interface CheckDraftOptions {
  /** The id of the source being edited, when the draft changes it: its files are replaced. */
  replaces?: string;
}

const byFile = (a: RawFile, b: RawFile) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** The repository's raw data with the draft's files added, or in place of those of `replaces`. */
export function withDraft(current: RawData, draft: Draft, options: CheckDraftOptions = {}): RawData {
  const files = draftFiles(draft);
  const gone = new Set([files.source.path, files.annotations.path]);
  const texts = { ...current.texts };
  if (options.replaces !== undefined) {
    gone.add(sourcePath(options.replaces));
    gone.add(annotationsPath(options.replaces));
    delete texts[`${options.replaces}.txt`];
  }
  texts[`${draft.meta.id}.txt`] = files.text.content;
  // The files as they will be written, parsed back: what the check reads is what is saved.
  // Kept in file-name order, as readDataDir lists them, so "already used in" names the same file.
  const source: RawFile = { file: files.source.path, content: JSON.parse(files.source.content) };
  const annotations: RawFile = {
    file: files.annotations.path,
    content: JSON.parse(files.annotations.content),
  };
  return {
    ...current,
    texts,
    sources: [...current.sources.filter((f) => !gone.has(f.file)), source].sort(byFile),
    annotations: [...current.annotations.filter((f) => !gone.has(f.file)), annotations].sort(byFile),
  };
}

/** Every error of the data check with the draft in place; empty when the draft can be saved. */
export function checkDraft(draft: Draft, current: RawData, options: CheckDraftOptions = {}): DataError[] {
  const result = validateData(withDraft(current, draft, options));
  return result.ok ? [] : result.errors;
}

/** The errors that concern one field of the draft's files, for the dialog to show beside it. */
export function errorsAt(
  errors: readonly DataError[],
  file: string,
  entry?: string,
  field?: string,
): DataError[] {
  return errors.filter(
    (e) =>
      e.file === file &&
      (entry === undefined || e.entry === entry) &&
      (field === undefined || e.field === field || e.field.startsWith(`${field}.`)),
  );
}
