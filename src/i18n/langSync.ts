// The URL follows the language: a change of the store's `lang` rewrites `?lang=` in place
// (replaceState: a language is not a step Back should undo), keeping the hash and the other
// query parameters.
import type { AppStore } from "../state/store.ts";
import { searchWithLang } from "./langParam.ts";

export interface LangUrlHost {
  readonly location: { search: string; hash: string; pathname: string };
  readonly history: { replaceState(data: unknown, unused: string, url?: string): void };
}

export function startLangSync(store: AppStore, win: LangUrlHost): () => void {
  return store.subscribe((s, prev) => {
    if (s.lang === prev.lang) return;
    const { pathname, search, hash } = win.location;
    try {
      win.history.replaceState(null, "", `${pathname}${searchWithLang(search, s.lang)}${hash}`);
    } catch {
      // A sandboxed frame may refuse history changes; the page still shows the language.
    }
  });
}
