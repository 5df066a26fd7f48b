// The presenter's and the audience's windows over the present channel, with message delivery
// in the test's hands: a late window joins where the others are, and a reply that arrives after
// the window has moved on its own (a quick first click) does not undo that move.
import { describe, expect, it } from "vitest";
import type { TourStep } from "../../src/data/schema.ts";
import { joinPresentChannel } from "../../src/features/present/presentChannel.ts";
import { type AppStore, createAppStore } from "../../src/state/store.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";

/** Channels of one name: a message reaches every other channel when `deliver` runs. */
function fakeChannels() {
  const queue: { to: FakeChannel; data: unknown }[] = [];
  const all: FakeChannel[] = [];
  class FakeChannel {
    onmessage: ((e: MessageEvent) => void) | null = null;
    postMessage(data: unknown) {
      for (const c of all) if (c !== this) queue.push({ to: c, data });
    }
  }
  return {
    open() {
      const c = new FakeChannel();
      all.push(c);
      return c as unknown as BroadcastChannel;
    },
    deliver() {
      while (queue.length) {
        const m = queue.shift();
        m?.to.onmessage?.({ data: m.data } as MessageEvent);
      }
    },
    /** Delivers only the first queued message. */
    deliverOne() {
      const m = queue.shift();
      m?.to.onmessage?.({ data: m.data } as MessageEvent);
    },
    pending: () => queue.map((m) => m.data),
  };
}

function presentStore(step: number): AppStore {
  const corridor = fixtureCorridor();
  corridor.collection.tour = Array.from({ length: 6 }, (_, i) => ({ title: `Step ${i}` }) as TourStep);
  const store = createAppStore({ step });
  store.getState().setLoad({ status: "ready", corridor });
  return store;
}

describe("present channel", () => {
  it("a window that opens late joins the step the others are on", () => {
    const channels = fakeChannels();
    const audience = presentStore(3);
    joinPresentChannel(audience, channels.open());
    channels.deliver();
    const presenter = presentStore(0);
    joinPresentChannel(presenter, channels.open());
    channels.deliver();
    expect(presenter.getState().step).toBe(3);
    presenter.getState().setStep(4);
    channels.deliver();
    expect(audience.getState().step).toBe(4);
  });

  it("a reply to its hello that comes after the window's own first step is ignored", () => {
    const channels = fakeChannels();
    const audience = presentStore(3);
    joinPresentChannel(audience, channels.open());
    channels.deliver();
    const presenter = presentStore(3);
    joinPresentChannel(presenter, channels.open());
    // The audience hears the hello and replies, but before the reply arrives the presenter
    // has already pressed Next.
    channels.deliverOne();
    expect(channels.pending()).toEqual([expect.objectContaining({ type: "state", step: 3, reply: true })]);
    presenter.getState().setStep(4);
    channels.deliver();
    expect(presenter.getState().step).toBe(4);
    expect(audience.getState().step).toBe(4);
  });

  it("the presenter's language is every window's: when either opens and when it changes", () => {
    const channels = fakeChannels();
    // The audience's window opened in English, the presenter's (later) in Russian.
    const audience = presentStore(2);
    joinPresentChannel(audience, channels.open());
    channels.deliver();
    const presenter = presentStore(0);
    presenter.getState().setLang("ru");
    joinPresentChannel(presenter, channels.open(), false, true);
    channels.deliver();
    expect(audience.getState().lang).toBe("ru");
    // The presenter joined the audience's step, but kept its own language.
    expect(presenter.getState().step).toBe(2);
    expect(presenter.getState().lang).toBe("ru");
    presenter.getState().setLang("kk");
    channels.deliver();
    expect(audience.getState().lang).toBe("kk");
    // An audience window opened after the presenter's asks, and is told.
    const late = presentStore(0);
    joinPresentChannel(late, channels.open());
    channels.deliver();
    expect(late.getState().lang).toBe("kk");
    // A language an audience window switches to on its own is not sent to the others.
    audience.getState().setLang("tr");
    channels.deliver();
    expect(presenter.getState().lang).toBe("kk");
    expect(late.getState().lang).toBe("kk");
  });

  it("ignores a language code this build does not know", () => {
    const channels = fakeChannels();
    const audience = presentStore(0);
    const channel = channels.open();
    joinPresentChannel(audience, channel);
    channel.onmessage?.({ data: { type: "lang", lang: "xx" } } as MessageEvent);
    expect(audience.getState().lang).toBe("en");
  });
});
