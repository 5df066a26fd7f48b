// All text from the data and the URL is inert: markup in names, quotes and notes shows as text
// and never becomes elements or runs; only http(s) addresses become links, always in a new tab
// with rel="noopener noreferrer"; other addresses are shown as text or not at all.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import { MapFactoryContext } from "../../src/map/MapFactoryContext.ts";
import { fakeMapFactory } from "../fakes/FakeMapController.ts";
import {
  BAD_URLS,
  GOOD_URL,
  HOSTILE_TEXT,
  hostileCorridor,
  IMG,
  SCRIPT,
} from "../fixtures/hostileFixture.ts";

const alertSpy = vi.fn();
beforeEach(() => {
  alertSpy.mockReset();
  vi.stubGlobal("alert", alertSpy);
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(JSON.stringify([{ id: "src-a", text: HOSTILE_TEXT }]))),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  delete (window as { __pwned?: unknown }).__pwned;
});

const URL_ATTRIBUTES = ["href", "src", "cite", "action", "formaction", "xlink:href", "srcdoc", "data"];
/** As a browser reads a URL's scheme: spaces and control characters dropped, case ignored. */
const squash = (s: string) =>
  [...s]
    .filter((c) => c.charCodeAt(0) > 0x20)
    .join("")
    .toLowerCase();

/** Nothing in the page came from markup in the data, and every link is a safe one. */
function expectInert(root: HTMLElement) {
  expect(root.querySelectorAll("script, img, iframe, object, embed, svg[onload]")).toHaveLength(0);
  for (const el of root.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      expect(attr.name.startsWith("on"), `${el.tagName} has ${attr.name}`).toBe(false);
      if (URL_ATTRIBUTES.includes(attr.name)) {
        expect(squash(attr.value), `${el.tagName} ${attr.name}="${attr.value}"`).not.toMatch(
          /^(javascript|vbscript|data):/,
        );
      }
    }
  }
  for (const a of root.querySelectorAll("a[href]")) {
    const href = a.getAttribute("href") ?? "";
    // In-app links (#seg=…, ?present=1…) or http(s) in a new tab without opener or referrer.
    if (/^[#?]/.test(href)) continue;
    expect(href).toMatch(/^https?:\/\//);
    expect(a.getAttribute("target")).toBe("_blank");
    expect(a.getAttribute("rel")).toBe("noopener noreferrer");
  }
  expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  expect(alertSpy).not.toHaveBeenCalled();
}

async function renderHostile() {
  const factory = fakeMapFactory();
  const corridor = hostileCorridor();
  render(
    <MapFactoryContext.Provider value={factory}>
      <App loadCorridor={async () => corridor} />
    </MapFactoryContext.Provider>,
  );
  await screen.findByRole("navigation", { name: "Segments" });
  return { map: factory.latest(), corridor };
}

describe("text from the data is inert", () => {
  it("the overview and lists show markup as text", async () => {
    await renderHostile();
    expectInert(document.body);
    const list = screen.getByRole("navigation", { name: "Segments" });
    expect(within(list).getByRole("button", { name: /^Rail <script>/ }).textContent).toContain(SCRIPT);
    expect(screen.getByRole("region", { name: "Corridor overview" }).textContent).toContain(`Whole ${IMG}`);
  });

  it("segment and place details show markup as text and link only the http(s) references", async () => {
    const { map } = await renderHostile();
    fireEvent.click(
      within(screen.getByRole("navigation", { name: "Segments" })).getByRole("button", { name: /^Rail / }),
    );
    const panel = screen.getByRole("region", { name: "Segment details" });
    expect(panel.querySelector("h2")?.textContent).toBe(`Rail ${SCRIPT}`);
    expect(panel.textContent).toContain(`Summary ${IMG}`);
    expect([...panel.querySelectorAll("blockquote")].map((q) => q.textContent)).toEqual([
      SCRIPT,
      IMG,
      "BAKU, January 1.",
    ]);
    expect(panel.textContent).toContain(`Value ${IMG}`);
    // The history's labels and notes are text; its references were tampered: not linked.
    const history = within(panel).getByRole("list", { name: "History" });
    expect(history.textContent).toContain(`Event 0 ${SCRIPT}`);
    expect(history.textContent).toContain(`Event note ${IMG}`);
    // The first fact's reference is https: linked. The others were tampered: not linked at all.
    const links = within(panel).getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toEqual([GOOD_URL]);
    // The annotation's article link was tampered too: it says there is none.
    expect(panel.textContent).toContain("(no public URL known)");
    expect(panel.querySelector("blockquote[cite]")).toBeNull();
    expectInert(document.body);

    act(() => map.emit({ type: "click", target: { type: "node", id: "aktau" } }));
    const place = screen.getByRole("region", { name: "Place details" });
    expect(place.textContent).toContain(`Aktau ${IMG}`);
    expectInert(document.body);
  });

  it("the reader shows markup in the article as text, and a non-http address as text, not a link", async () => {
    await renderHostile();
    fireEvent.click(
      within(screen.getByRole("navigation", { name: "Segments" })).getByRole("button", { name: /^Rail / }),
    );
    fireEvent.click(screen.getAllByRole("button", { name: "Read in source" })[0] as HTMLElement);
    const dialog = await screen.findByRole("dialog", { name: /Headline <script>/ }, { timeout: 5000 });
    await waitFor(() => expect(dialog.querySelectorAll("mark").length).toBeGreaterThan(0));
    const marks = [...dialog.querySelectorAll("mark")].map((m) => m.textContent);
    expect(marks).toEqual(expect.arrayContaining([SCRIPT, IMG]));
    expect(dialog.textContent).toContain(`Outlet ${IMG}`);
    // The source's address was tampered to javascript: — shown as text, never as a link.
    expect(dialog.textContent).toContain(`${BAD_URLS[0]} (not a web address, so not linked)`);
    const external = [...dialog.querySelectorAll("a[target=_blank]")].map((a) => a.getAttribute("href"));
    expect(external).toEqual([GOOD_URL]);
    expectInert(document.body);
  });
});
