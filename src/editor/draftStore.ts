// Drafts kept in the browser from the first keystroke, so a reload, a closed tab or a crash
// loses nothing. Over any Web Storage (localStorage in the page, an in-memory fake in tests).
//
// Each draft has a head, `<prefix>head:<key>` = {slot, prev}, naming the body that holds its
// current version, `<prefix>body:<key>:<slot>`. A save writes the new body under a fresh slot
// first, then swaps the head (one setItem, which the browser applies whole), then drops the
// version before the previous one. A write torn anywhere leaves the head on a complete body:
// before the swap the old version is current, after it the new one; the previous body is kept as
// a fallback should the current one be unreadable. No shared index: two tabs saving two drafts
// never overwrite each other's entries. Entries that do not parse, or are not drafts, are
// skipped and reported, never thrown.
import { DRAFT_KEY_PREFIX } from "../state/draftKeys.ts";
import { type Draft, draftSchema } from "./draft.ts";

/** The part of the Web Storage interface the store uses. */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

export interface StoredDraft {
  key: string;
  /** Milliseconds since 1970 at the save. */
  savedAt: number;
  draft: Draft;
  /** The id of the source this draft edits, if it edits one. */
  editOf?: string;
}

export interface DraftSummary {
  key: string;
  savedAt: number;
  id: string;
  title: string;
  editOf?: string;
}

/** `error` is the browser's own words (e.g. QuotaExceededError); the panel says the rest. */
export type SaveResult = { ok: true; savedAt: number } | { ok: false; error: string };

export interface DraftStoreOptions {
  prefix?: string;
  now?: () => number;
  /** Bodies no head names (left by a torn save) are removed once this old. */
  orphanAgeMs?: number;
}

interface Head {
  slot: string;
  prev?: string;
}

const DEFAULT_PREFIX = DRAFT_KEY_PREFIX;

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function asHead(v: unknown): Head | null {
  if (!v || typeof v !== "object") return null;
  const { slot, prev } = v as { slot?: unknown; prev?: unknown };
  if (typeof slot !== "string" || (prev !== undefined && typeof prev !== "string")) return null;
  return prev === undefined ? { slot } : { slot, prev };
}

function asStored(v: unknown, key: string): StoredDraft | null {
  if (!v || typeof v !== "object") return null;
  const { savedAt, draft, editOf } = v as { savedAt?: unknown; draft?: unknown; editOf?: unknown };
  const parsed = draftSchema.safeParse(draft);
  if (typeof savedAt !== "number" || !parsed.success) return null;
  if (editOf !== undefined && typeof editOf !== "string") return null;
  return { key, savedAt, draft: parsed.data, ...(editOf === undefined ? {} : { editOf }) };
}

export function createDraftStore(storage: DraftStorage, options: DraftStoreOptions = {}) {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const now = options.now ?? Date.now;
  const orphanAgeMs = options.orphanAgeMs ?? 60_000;
  const headKey = (key: string) => `${prefix}head:${key}`;
  const bodyKey = (key: string, slot: string) => `${prefix}body:${key}:${slot}`;
  let counter = 0;

  function keys(): string[] {
    const out: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(prefix)) out.push(k);
    }
    return out;
  }

  function readHead(key: string): Head | null {
    return asHead(parseJson(storage.getItem(headKey(key))));
  }

  /** The draft saved under `key`: its current version, else the previous one (reported). */
  function load(key: string): { draft: StoredDraft | null; problems: string[] } {
    const raw = storage.getItem(headKey(key));
    if (raw === null) return { draft: null, problems: [] };
    const head = asHead(parseJson(raw));
    // i18n-ignore: notes for the console and the tests, never shown
    if (!head) return { draft: null, problems: [`draft "${key}": its entry is not readable; skipped`] };
    const current = asStored(parseJson(storage.getItem(bodyKey(key, head.slot))), key);
    if (current) return { draft: current, problems: [] };
    const previous = head.prev ? asStored(parseJson(storage.getItem(bodyKey(key, head.prev))), key) : null;
    if (previous)
      return {
        draft: previous,
        // i18n-ignore: notes for the console and the tests, never shown
        problems: [`draft "${key}": the last version is not readable; the one before it is shown`],
      };
    // i18n-ignore: notes for the console and the tests, never shown
    return { draft: null, problems: [`draft "${key}": no readable version; skipped`] };
  }

  /** Every readable draft, newest first, and what was skipped. Also clears old torn writes. */
  function list(): { drafts: DraftSummary[]; problems: string[] } {
    const drafts: DraftSummary[] = [];
    const problems: string[] = [];
    const all = keys();
    const live = new Set<string>();
    for (const k of all) {
      if (!k.startsWith(`${prefix}head:`)) continue;
      const key = k.slice(`${prefix}head:`.length);
      const head = readHead(key);
      if (head) {
        live.add(bodyKey(key, head.slot));
        if (head.prev) live.add(bodyKey(key, head.prev));
      }
      const r = load(key);
      problems.push(...r.problems);
      if (r.draft) {
        const { savedAt, draft, editOf } = r.draft;
        drafts.push({
          key,
          savedAt,
          id: draft.meta.id,
          title: draft.meta.title,
          ...(editOf === undefined ? {} : { editOf }),
        });
      }
    }
    for (const k of all) {
      if (k.startsWith(`${prefix}head:`) || live.has(k)) continue;
      const slotTime = k.startsWith(`${prefix}body:`)
        ? Number(k.split(":").pop()?.split("-")[0])
        : Number.NaN;
      if (Number.isFinite(slotTime)) {
        // A body no head names: a save torn before its swap (or one in flight in another tab).
        if (now() - slotTime > orphanAgeMs) storage.removeItem(k);
        // i18n-ignore: notes for the console and the tests, never shown
      } else problems.push(`"${k}" is not a draft entry; left alone`);
    }
    drafts.sort((a, b) => b.savedAt - a.savedAt);
    return { drafts, problems };
  }

  /** Saves a new version of the draft under `key`; on failure (storage full) the last one stays. */
  function save(key: string, draft: Draft, editOf?: string): SaveResult {
    const savedAt = now();
    const slot = `${savedAt}-${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const body = JSON.stringify({ savedAt, draft, ...(editOf === undefined ? {} : { editOf }) });
    const old = readHead(key);
    try {
      storage.setItem(bodyKey(key, slot), body);
    } catch (e) {
      return { ok: false, error: String(e) };
    }
    try {
      storage.setItem(headKey(key), JSON.stringify(old ? { slot, prev: old.slot } : { slot }));
    } catch (e) {
      storage.removeItem(bodyKey(key, slot));
      return { ok: false, error: String(e) };
    }
    if (old?.prev && old.prev !== slot) storage.removeItem(bodyKey(key, old.prev));
    return { ok: true, savedAt };
  }

  /** Removes the draft and every version of it. */
  function discard(key: string): void {
    storage.removeItem(headKey(key));
    for (const k of keys()) if (k.startsWith(`${prefix}body:${key}:`)) storage.removeItem(k);
  }

  /** A key for a new draft (not its id, which changes as the user types). */
  function newKey(): string {
    return `d${now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  }

  return { list, load, save, discard, newKey };
}

export type DraftStore = ReturnType<typeof createDraftStore>;
