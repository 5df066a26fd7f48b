// Where the editor keeps drafts in the browser's localStorage: every key starts with this. Here,
// not in src/editor/, so the app can tell whether there are drafts to show without loading the
// editor (which carries the validator): only then is the editor's chunk fetched.
export const DRAFT_KEY_PREFIX = "middle-corridor-editor:";

/** Whether this browser keeps any editor draft (false when storage cannot be read). */
export function hasStoredDrafts(storage: Pick<Storage, "key" | "length"> | null): boolean {
  if (!storage) return false;
  try {
    for (let i = 0; i < storage.length; i++) if (storage.key(i)?.startsWith(DRAFT_KEY_PREFIX)) return true;
  } catch {
    // Storage switched off (private mode in some browsers): no drafts to show.
  }
  return false;
}

/** localStorage, or null where reading it throws (sandboxed frames, storage disabled). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
