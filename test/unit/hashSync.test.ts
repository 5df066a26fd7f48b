import { describe, expect, it } from "vitest";
import { createAppStore } from "../../src/state/store.ts";
import { INTENT } from "../../src/state/types.ts";
import { type HistoryLike, startHashSync } from "../../src/url/hashSync.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";

/** A browser history in miniature: entries, an index, and popstate on back/forward. */
function fakeWindow(initialHash: string) {
  const entries = [initialHash];
  let index = 0;
  const listeners = new Set<() => void>();
  const hashOf = (url?: string) => (url?.includes("#") ? url.slice(url.indexOf("#")) : "");
  const win: HistoryLike & { entries: string[]; back(): void; forward(): void } = {
    entries,
    location: {
      get hash() {
        return entries[index] ?? "";
      },
      get href() {
        return `http://app.test/${entries[index] ?? ""}`;
      },
    },
    history: {
      pushState(_d, _u, url) {
        entries.splice(index + 1);
        entries.push(hashOf(url));
        index = entries.length - 1;
      },
      replaceState(_d, _u, url) {
        entries[index] = hashOf(url);
      },
    },
    addEventListener: (_t, l) => listeners.add(l),
    removeEventListener: (_t, l) => listeners.delete(l),
    back() {
      index -= 1;
      for (const l of listeners) l();
    },
    forward() {
      index += 1;
      for (const l of listeners) l();
    },
  };
  return win;
}

describe("URL sync", () => {
  const corridor = fixtureCorridor();

  it("pushes an entry per selection and lets Back and Forward move between them", () => {
    const store = createAppStore();
    store.getState().setLoad({ status: "ready", corridor });
    const win = fakeWindow("#seg=rail-a");
    startHashSync(store, corridor, win);
    expect(store.getState().selection).toEqual({ type: "segment", id: "rail-a" });

    store.getState().select({ type: "segment", id: "fiber-a" }, INTENT.choose);
    expect(win.entries).toEqual(["#seg=rail-a", "#seg=fiber-a"]);
    // The camera moving only replaces the entry.
    store.getState().setViewFromMap({ zoom: 6, lat: 41, lon: 50 });
    expect(win.entries).toEqual(["#seg=rail-a", "#map=6/41/50&seg=fiber-a"]);

    win.back();
    expect(store.getState().selection).toEqual({ type: "segment", id: "rail-a" });
    win.forward();
    expect(store.getState().selection).toEqual({ type: "segment", id: "fiber-a" });
    expect(win.entries).toHaveLength(2);
  });

  it("replaces a malformed or stale hash with the default view", () => {
    const store = createAppStore();
    store.getState().setLoad({ status: "ready", corridor });
    const win = fakeWindow("#seg=gone&map=x&layers=??");
    startHashSync(store, corridor, win);
    expect(store.getState().selection).toEqual({ type: "none" });
    expect(win.entries).toEqual([""]);
  });
});

describe("URL sync, route", () => {
  const corridor = fixtureCorridor();
  const start = (hash: string) => {
    const store = createAppStore();
    store.getState().setLoad({ status: "ready", corridor });
    const win = fakeWindow(hash);
    startHashSync(store, corridor, win);
    return { store, win };
  };

  it("applies &route= from the URL and pushes an entry per route, so Back and Forward move between them", () => {
    const { store, win } = start("#route=beyneu~alat");
    expect(store.getState().route).toEqual({ from: "beyneu", to: "alat", via: [] });
    store.getState().setRoute({ from: "beyneu", to: "alat", via: ["aktau"] }, "push");
    expect(win.entries).toEqual(["#route=beyneu~alat", "#route=beyneu~alat~via:aktau"]);
    store.getState().setRoute(null, "push");
    expect(win.entries.at(-1)).toBe("");
    win.back();
    expect(store.getState().route).toEqual({ from: "beyneu", to: "alat", via: ["aktau"] });
    win.back();
    expect(store.getState().route).toEqual({ from: "beyneu", to: "alat", via: [] });
    win.forward();
    expect(store.getState().route?.via).toEqual(["aktau"]);
    expect(win.entries).toHaveLength(3);
  });

  it("replaces the entry when asked to, and does nothing for the same route", () => {
    const { store, win } = start("#route=beyneu~alat");
    store.getState().setRoute({ from: "beyneu", to: "aktau", via: [] }, "replace");
    expect(win.entries).toEqual(["#route=beyneu~aktau"]);
    const before = store.getState();
    store.getState().setRoute({ from: "beyneu", to: "aktau", via: [] }, "push");
    expect(store.getState()).toBe(before);
  });

  it("drops unknown places silently: an unknown via, or the whole route for an unknown end", () => {
    expect(start("#route=beyneu~alat~via:atlantis~via:aktau").store.getState().route).toEqual({
      from: "beyneu",
      to: "alat",
      via: ["aktau"],
    });
    const stale = start("#seg=rail-a&route=beyneu~atlantis");
    expect(stale.store.getState().route).toBeNull();
    expect(stale.win.entries).toEqual(["#seg=rail-a"]);
  });
});
