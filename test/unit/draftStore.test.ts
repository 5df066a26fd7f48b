// Drafts kept in the browser (src/editor/draftStore.ts), against an in-memory Web Storage: every
// save survives, a save torn between its two writes keeps the previous version, and corrupt or
// foreign entries are skipped and reported, never thrown.
import { describe, expect, it } from "vitest";
import { type Draft, emptyAnnotation, emptyDraft } from "../../src/editor/draft.ts";
import { createDraftStore, type DraftStorage } from "../../src/editor/draftStore.ts";

/** Web Storage in memory. `failAfter` writes it stops: the tab crashed, or the quota is full. */
class MemoryStorage implements DraftStorage {
  readonly map = new Map<string, string>();
  failAfter = Number.POSITIVE_INFINITY;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failAfter-- <= 0) throw new Error("crashed");
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

function draft(title: string): Draft {
  const d = emptyDraft();
  d.meta.title = title;
  d.meta.id = `id-${title.length}`;
  d.text = `Text of ${title}\nsecond line`;
  d.annotations = [{ ...emptyAnnotation("a1"), quotes: ["Text of"] }];
  return d;
}

function setup() {
  const storage = new MemoryStorage();
  let clock = 1_000_000;
  const now = () => clock;
  const tick = (ms = 1000) => {
    clock += ms;
  };
  return { storage, now, tick, store: createDraftStore(storage, { now }) };
}

describe("draft store", () => {
  it("saves, lists newest first, loads and discards", () => {
    const { store, tick } = setup();
    const a = store.newKey();
    expect(store.save(a, draft("first"))).toEqual({ ok: true, savedAt: 1_000_000 });
    tick();
    const b = store.newKey();
    store.save(b, draft("second"), "trend-2024-01-31-jabbarov-bayel-joint-projects");
    expect(store.list()).toEqual({
      drafts: [
        {
          key: b,
          savedAt: 1_001_000,
          id: "id-6",
          title: "second",
          editOf: "trend-2024-01-31-jabbarov-bayel-joint-projects",
        },
        { key: a, savedAt: 1_000_000, id: "id-5", title: "first" },
      ],
      problems: [],
    });
    expect(store.load(a).draft?.draft).toEqual(draft("first"));
    store.discard(a);
    expect(store.load(a)).toEqual({ draft: null, problems: [] });
    expect(store.list().drafts.map((d) => d.key)).toEqual([b]);
  });

  it("keeps the current and the previous version only", () => {
    const { store, storage, tick } = setup();
    const k = store.newKey();
    for (const t of ["one", "two", "three", "four"]) {
      store.save(k, draft(t));
      tick();
    }
    expect(store.load(k).draft?.draft.meta.title).toBe("four");
    expect(storage.map.size).toBe(3); // head, current, previous
    store.discard(k);
    expect(storage.map.size).toBe(0);
  });

  it("a crash between writing the new version and swapping the head keeps the previous one", () => {
    const { store, storage, now, tick } = setup();
    const k = store.newKey();
    store.save(k, draft("kept"));
    tick();
    storage.failAfter = 1; // the body is written, the head swap never happens
    expect(() => store.save(k, draft("torn"))).not.toThrow();
    storage.failAfter = Number.POSITIVE_INFINITY;
    // A reload: a new store on what the storage holds.
    const reloaded = createDraftStore(storage, { now });
    expect(reloaded.load(k)).toMatchObject({ draft: { draft: { meta: { title: "kept" } } }, problems: [] });
    expect(reloaded.list().drafts.map((d) => d.title)).toEqual(["kept"]);
    expect(storage.map.size).toBe(2); // the store took its unfinished body back
  });

  it("a crash that kills the process mid-save loses nothing either", () => {
    const { store, storage, now, tick } = setup();
    const k = store.newKey();
    store.save(k, draft("kept"));
    tick();
    // The store's own rollback never runs: the write throws and nothing after it happens.
    const dying: DraftStorage = {
      get length() {
        return storage.length;
      },
      key: (i) => storage.key(i),
      getItem: (key) => storage.getItem(key),
      removeItem: () => {
        throw new Error("process gone");
      },
      setItem: (key, v) => {
        if (key.includes(":head:")) throw new Error("process gone");
        storage.setItem(key, v);
      },
    };
    expect(() => createDraftStore(dying, { now }).save(k, draft("torn"))).toThrow("process gone");
    const reloaded = createDraftStore(storage, { now });
    expect(reloaded.load(k).draft?.draft.meta.title).toBe("kept");
    // The body the crash left may as well be another tab's save in flight: kept while it is
    // fresh, cleared once it is old; the draft stays.
    expect(reloaded.list()).toMatchObject({ drafts: [{ title: "kept" }], problems: [] });
    expect(storage.map.size).toBe(3);
    tick(120_000);
    expect(reloaded.list()).toMatchObject({ drafts: [{ title: "kept" }], problems: [] });
    expect(storage.map.size).toBe(2);
    expect(reloaded.load(k).draft?.draft.meta.title).toBe("kept");
  });

  it("a save the storage refuses (quota) reports it and keeps the last version", () => {
    const { store, storage, tick } = setup();
    const k = store.newKey();
    store.save(k, draft("kept"));
    tick();
    storage.failAfter = 0;
    const r = store.save(k, draft("too big"));
    expect(r.ok).toBe(false);
    storage.failAfter = Number.POSITIVE_INFINITY;
    expect(store.load(k).draft?.draft.meta.title).toBe("kept");
    expect(storage.map.size).toBe(2);
  });

  it("skips and reports corrupt and foreign entries, and falls back to the previous version", () => {
    const { store, storage, tick } = setup();
    const good = store.newKey();
    store.save(good, draft("good"));
    tick();
    const fallback = store.newKey();
    store.save(fallback, draft("older"));
    tick();
    store.save(fallback, draft("newer"));
    // The newest body of `fallback` is damaged: the previous version is shown, and said so.
    const head = JSON.parse(storage.getItem(`middle-corridor-editor:head:${fallback}`)!);
    storage.map.set(`middle-corridor-editor:body:${fallback}:${head.slot}`, '{"savedAt": 1, "dra');
    storage.map.set("middle-corridor-editor:head:broken", "not json");
    storage.map.set("middle-corridor-editor:head:nobody", JSON.stringify({ slot: "1-x" }));
    storage.map.set("middle-corridor-editor:head:wrongshape", JSON.stringify({ slot: "2-y" }));
    storage.map.set(
      "middle-corridor-editor:body:wrongshape:2-y",
      JSON.stringify({ savedAt: 2, draft: { a: 1 } }),
    );
    storage.map.set("middle-corridor-editor:something-else", "x");
    storage.map.set("another-app", "y");
    const { drafts, problems } = store.list();
    expect(drafts.map((d) => d.title).sort()).toEqual(["good", "older"]);
    expect(problems.sort()).toEqual([
      '"middle-corridor-editor:something-else" is not a draft entry; left alone',
      'draft "broken": its entry is not readable; skipped',
      `draft "${fallback}": the last version is not readable; the one before it is shown`,
      'draft "nobody": no readable version; skipped',
      'draft "wrongshape": no readable version; skipped',
    ]);
    expect(storage.getItem("another-app")).toBe("y");
  });
});
