// The drafts of this browser, shared by the editor and the app: the draft store over
// localStorage, and the previews the app shows (store.drafts) kept in step with it, also when
// another tab saves a draft (the `storage` event).
import type { DraftPreview } from "../data/draftPreview.ts";
import type { Lang } from "../i18n/languages.ts";
import { browserStorage } from "../state/draftKeys.ts";
import type { AppStore } from "../state/store.ts";
import type { Draft } from "./draft.ts";
import { createDraftStore, type DraftStorage, type DraftStore } from "./draftStore.ts";
import { previewOf, previewWords } from "./preview.ts";

/** Storage that keeps nothing, where the browser's cannot be used: the editor still works. */
function memoryStorage(): DraftStorage {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
    key: (i) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
}

let shared: { store: DraftStore; persistent: boolean } | null = null;

export function draftStore(): { store: DraftStore; persistent: boolean } {
  if (!shared) {
    const storage = browserStorage();
    shared = { store: createDraftStore(storage ?? memoryStorage()), persistent: storage !== null };
  }
  return shared;
}

/** Every readable draft of this browser as the app shows it. */
export function readPreviews(lang: Lang = "en"): DraftPreview[] {
  const { store } = draftStore();
  const words = previewWords(lang);
  return store.list().drafts.flatMap((d) => {
    const loaded = store.load(d.key).draft;
    return loaded ? [previewOf(d.key, loaded.draft, loaded.editOf, words)] : [];
  });
}

/** Shows this browser's drafts in the app, and keeps them shown as they change in other tabs. */
export function publishDrafts(
  app: AppStore,
  win: Pick<Window, "addEventListener" | "removeEventListener"> = window,
) {
  app.getState().setDrafts(readPreviews(app.getState().lang));
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key.includes("editor:head:"))
      app.getState().setDrafts(readPreviews(app.getState().lang));
  };
  win.addEventListener("storage", onStorage);
  return () => win.removeEventListener("storage", onStorage);
}

/** Keeps one draft (at every change) and shows it at once. */
export function keepDraft(app: AppStore, key: string, draft: Draft, editOf?: string) {
  const result = draftStore().store.save(key, draft, editOf);
  const preview = previewOf(key, draft, editOf, previewWords(app.getState().lang));
  const others = app.getState().drafts.filter((d) => d.key !== key);
  app.getState().setDrafts([preview, ...others]);
  return result;
}

export function discardDraft(app: AppStore, key: string): void {
  draftStore().store.discard(key);
  app.getState().setDrafts(app.getState().drafts.filter((d) => d.key !== key));
}
