import { act, fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "./renderApp.tsx";

const list = () => screen.getByRole("navigation", { name: "Segments" });
const details = () => screen.getByRole("region", { name: "Segment details" });

describe("segment list", () => {
  it("has one button per segment, in corridor order, whose text starts with the name", async () => {
    await renderApp();
    const buttons = within(list()).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual([
      expect.stringMatching(/^Rail Beyneu–Aktau/),
      expect.stringMatching(/^Fiber Aktau–Alat/),
    ]);
  });

  it("selecting a segment opens its details, flies the map to it and updates the URL", async () => {
    const { map } = await renderApp();
    fireEvent.click(within(list()).getByRole("button", { name: /^Rail Beyneu–Aktau/ }));
    expect(within(details()).getByRole("heading", { level: 2 }).textContent).toBe("Rail Beyneu–Aktau");
    expect(map.selection).toEqual({ type: "segment", id: "rail-a" });
    expect(map.cameras.at(-1)).toMatchObject({
      type: "fit-selection",
      selection: { type: "segment", id: "rail-a" },
    });
    expect(window.location.hash).toContain("seg=rail-a");
    expect(
      within(list())
        .getByRole("button", { name: /^Rail Beyneu–Aktau/ })
        .getAttribute("aria-current"),
    ).toBe("true");
  });
});

describe("details panel", () => {
  it("shows kind, status, route, countries, length and every annotation with quote and citation", async () => {
    await renderApp();
    fireEvent.click(within(list()).getByRole("button", { name: /^Fiber Aktau–Alat/ }));
    const panel = details();
    expect(panel.textContent).toContain("Fibre-optic cable");
    expect(panel.textContent).toContain("Planned");
    expect(panel.textContent).toContain("Aktau → Alat");
    expect(panel.textContent).toContain("Kazakhstan, Azerbaijan");
    expect(panel.textContent).toMatch(/\d+ km/);
    expect(panel.textContent).toContain("Route indicative");
    const quote = panel.querySelector("blockquote");
    expect(quote?.textContent).toBe("A fiber line will cross the sea.");
    const cite = panel.querySelector("cite");
    expect(cite?.textContent).toContain("Test Outlet");
    expect(cite?.textContent).toContain("A test article");
    expect(cite?.textContent).toContain("25 Feb 2025 (year inferred)");
    const link = within(panel).getByRole("link", { name: /Original article/ });
    expect(link.getAttribute("href")).toBe("https://example.org/a");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(link.getAttribute("target")).toBe("_blank");
  });

  it("a click on the map selects; a click on empty map and Esc clear", async () => {
    const { map } = await renderApp();
    act(() => map.emit({ type: "click", target: { type: "segment", id: "rail-a" } }));
    expect(within(details()).getByRole("heading", { level: 2 }).textContent).toBe("Rail Beyneu–Aktau");
    // A click on the map does not move the camera: the user is already looking at it.
    expect(map.cameras.filter((c) => c.type === "fit-selection")).toHaveLength(0);
    act(() => map.emit({ type: "click", target: { type: "none" } }));
    expect(screen.queryByRole("region", { name: "Segment details" })).toBeNull();
    act(() => map.emit({ type: "click", target: { type: "segment", id: "fiber-a" } }));
    fireEvent.keyDown(window, { key: "Escape" });
    expect(screen.queryByRole("region", { name: "Segment details" })).toBeNull();
    expect(screen.queryByRole("region", { name: "Corridor overview" })).not.toBeNull();
  });

  it("announces the selection", async () => {
    const { map } = await renderApp();
    act(() => map.emit({ type: "click", target: { type: "segment", id: "rail-a" } }));
    expect(screen.getByTestId("announcer").textContent).toContain("Selected segment: Rail Beyneu–Aktau");
  });

  it("shows a place's details when a node is clicked", async () => {
    const { map } = await renderApp();
    act(() => map.emit({ type: "click", target: { type: "node", id: "aktau" } }));
    const panel = screen.getByRole("region", { name: "Place details" });
    expect(within(panel).getByRole("heading", { level: 2 }).textContent).toBe("Aktau");
    expect(panel.querySelector("blockquote")?.textContent).toBe("A fiber line will cross the sea.");
  });
});

describe("layer toggles", () => {
  it("hide a group's list entries and lines, and deselect a hidden segment", async () => {
    const { map } = await renderApp();
    fireEvent.click(within(list()).getByRole("button", { name: /^Fiber Aktau–Alat/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Telecom" }));
    expect(within(list()).queryByRole("button", { name: /^Fiber/ })).toBeNull();
    expect(map.groups).not.toContain("telecom");
    expect(map.selection).toEqual({ type: "none" });
    expect(window.location.hash).toContain("layers=transport,energy,trade");
  });
});

describe("URL", () => {
  it("opening a URL with seg= shows that segment", async () => {
    window.location.hash = "#seg=fiber-a";
    const { map } = await renderApp();
    expect(within(details()).getByRole("heading", { level: 2 }).textContent).toBe("Fiber Aktau–Alat");
    expect(map.options.initialCamera).toMatchObject({ type: "fit-selection" });
  });

  it("an unknown segment id falls back to the overview", async () => {
    window.location.hash = "#seg=does-not-exist&map=nonsense";
    await renderApp();
    expect(screen.queryByRole("region", { name: "Corridor overview" })).not.toBeNull();
    expect(window.location.hash).toBe("");
  });
});

describe("annotation filters", () => {
  it("filter a segment's annotations by topic and say how many are shown", async () => {
    const { map } = await renderApp();
    act(() => map.emit({ type: "click", target: { type: "segment", id: "rail-a" } }));
    expect(details().querySelectorAll("blockquote")).toHaveLength(2);
    fireEvent.change(within(details()).getByRole("combobox", { name: "Topic" }), {
      target: { value: "customs" },
    });
    expect([...details().querySelectorAll("blockquote")].map((b) => b.textContent)).toEqual([
      "BAKU, January 1.",
    ]);
    expect(
      within(details()).queryByRole("heading", { level: 3, name: /What the sources say \(1 of 2\)/ }),
    ).not.toBeNull();
    fireEvent.change(within(details()).getByRole("combobox", { name: "Topic" }), { target: { value: "" } });
    expect(details().querySelectorAll("blockquote")).toHaveLength(2);
  });
});

describe("place list", () => {
  it("reaches every place by keyboard and opens its details", async () => {
    const { map } = await renderApp();
    const places = screen.getByRole("navigation", { name: "Places" });
    // Folded at first; its rows are made when it is unfolded.
    const folder = places.querySelector("details") as HTMLDetailsElement;
    expect(within(places).queryAllByRole("button", { hidden: true })).toHaveLength(0);
    act(() => {
      folder.open = true;
      folder.dispatchEvent(new Event("toggle"));
    });
    expect(within(places).getAllByRole("button")).toHaveLength(3);
    fireEvent.click(within(places).getByRole("button", { name: /^Alat/ }));
    expect(
      within(screen.getByRole("region", { name: "Place details" })).getByRole("heading", { level: 2 })
        .textContent,
    ).toBe("Alat");
    expect(map.cameras.at(-1)).toMatchObject({
      type: "fit-selection",
      selection: { type: "node", id: "alat" },
    });
    expect(window.location.hash).toContain("node=alat");
  });
});

describe("facts", () => {
  it("show each fact with its reference and date, and both figures where sources differ", async () => {
    const { map } = await renderApp();
    act(() => map.emit({ type: "click", target: { type: "segment", id: "rail-a" } }));
    const facts = within(details()).getByRole("heading", { name: "Facts and their sources" })
      .parentElement as HTMLElement;
    expect(facts.textContent).toContain("second track under way (Sep 2025)");
    const length = within(facts).getByText(/^Length/).parentElement as HTMLElement;
    expect(length.textContent).toContain("sources differ");
    expect(length.textContent).toContain("380 km");
    expect(length.textContent).toContain("395 km");
    expect(length.textContent).toContain("Operator's brochure");
    expect(
      within(length)
        .getByRole("link", { name: /source/ })
        .getAttribute("href"),
    ).toBe("https://example.org/length-a");
  });
});
