// The search box in the whole app (fixture corridor, fake map): shortcuts focus it, typing lists
// grouped results, arrows move the active option, Enter chooses, Esc closes then clears.
import { act, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { buildCorridor } from "../../src/data/buildCorridor.ts";
import { indexCorridor } from "../../src/data/corridor.ts";
import { validateData } from "../../src/data/validateData.ts";
import { fixtureRaw } from "../fixtures/corridorFixture.ts";
import { renderApp } from "./renderApp.tsx";

/** The fixture with one annotation about the corridor as a whole, which no details panel shows. */
function withCorridorAnnotation() {
  const raw = fixtureRaw();
  const file = raw.annotations[0]?.content as { annotations: object[] };
  file.annotations.push({
    id: "a-whole",
    corridor: true,
    topic: "diplomacy",
    summary: "Talks about the whole route.",
    quotes: ["BAKU, January 1."],
  });
  const valid = validateData(raw);
  if (!valid.ok) throw new Error(JSON.stringify(valid.errors));
  return indexCorridor(buildCorridor(valid.data));
}

const searchbox = () => screen.getByRole("searchbox", { name: "Search" });
const details = (name = "Segment details") => screen.getByRole("region", { name });
const activeOption = () => {
  const id = searchbox().getAttribute("aria-activedescendant");
  return id ? document.getElementById(id) : null;
};

async function typeQuery(text: string) {
  const user = userEvent.setup();
  await user.click(searchbox());
  await user.type(searchbox(), text);
  await screen.findByRole("listbox", { name: "Search results" });
  return user;
}

describe("search", () => {
  it("/ and Ctrl+K focus the searchbox, but not while typing in another field", async () => {
    await renderApp();
    const user = userEvent.setup();
    await user.keyboard("/");
    expect(document.activeElement).toBe(searchbox());
    expect((searchbox() as HTMLInputElement).value).toBe("");
    searchbox().blur();
    const ctrlK = fireEvent.keyDown(document.body, { key: "k", ctrlKey: true });
    expect(ctrlK).toBe(false); // default prevented: the browser keeps its own Ctrl+K to itself
    expect(document.activeElement).toBe(searchbox());

    // Typing "/" in another text field is that field's text.
    const other = document.createElement("input");
    document.body.append(other);
    other.focus();
    expect(fireEvent.keyDown(other, { key: "/" })).toBe(true);
    expect(document.activeElement).toBe(other);
    other.remove();
  });

  it("lists results grouped by kind, with the matched words marked", async () => {
    await renderApp();
    await typeQuery("akta");
    const listbox = screen.getByRole("listbox", { name: "Search results" });
    const groups = within(listbox).getAllByRole("group");
    const headings = groups.map(
      (g) => document.getElementById(g.getAttribute("aria-labelledby") ?? "")?.textContent,
    );
    expect(headings).toEqual(["Places", "Segments", "Annotations"]);
    const places = within(groups[0] as HTMLElement).getAllByRole("option");
    expect(places[0]?.textContent).toContain("Aktau");
    expect(places[0]?.querySelector("mark")?.textContent).toBe("Aktau");
    // The searchbox stays a searchbox and points at the active option.
    expect(searchbox().getAttribute("aria-controls")).toBe(listbox.id);
    expect(activeOption()).toBe(places[0]);
    expect(searchbox().hasAttribute("aria-expanded")).toBe(false);
  });

  it("arrows move the active option; Enter selects the segment and its details show it", async () => {
    const { map } = await renderApp();
    const user = await typeQuery("beyneu");
    const options = within(screen.getByRole("listbox", { name: "Search results" })).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining("Beyneu"),
      expect.stringContaining("Rail Beyneu–Aktau"),
    ]);
    await user.keyboard("{ArrowDown}");
    expect(activeOption()?.textContent).toContain("Rail Beyneu–Aktau");
    expect(activeOption()?.getAttribute("aria-selected")).toBe("true");
    await user.keyboard("{ArrowDown}");
    expect(activeOption()?.textContent).toContain("Beyneu"); // wraps round
    await user.keyboard("{ArrowUp}{Enter}");
    expect(within(details()).getByRole("heading", { level: 2 }).textContent).toBe("Rail Beyneu–Aktau");
    expect(map.selection).toEqual({ type: "segment", id: "rail-a" });
    expect(map.cameras.at(-1)).toMatchObject({ type: "fit-selection" });
    expect(window.location.hash).toContain("seg=rail-a");
    expect(screen.queryByRole("listbox", { name: "Search results" })).toBeNull();
  });

  it("a place is chosen with a click; an annotation selects its segment", async () => {
    const { map } = await renderApp();
    const user = await typeQuery("alat");
    await user.click(screen.getByRole("option", { name: /^Alat/ }));
    expect(map.selection).toEqual({ type: "node", id: "alat" });
    expect(within(details("Place details")).getByRole("heading", { level: 2 }).textContent).toBe("Alat");

    await user.clear(searchbox());
    await user.type(searchbox(), "upgraded");
    const annotation = await screen.findByRole("option", { name: /upgraded/ });
    expect(annotation.querySelector(".search-result-snippet mark")?.textContent).toBe("upgraded");
    await user.keyboard("{Enter}");
    expect(map.selection).toEqual({ type: "segment", id: "rail-a" });
    expect(details().querySelector("[data-annotation-id]")).not.toBeNull();
  });

  it("a source opens the reader", async () => {
    await renderApp();
    const user = await typeQuery("test outlet");
    const source = screen.getByRole("option", { name: /A test article/ });
    await user.click(source);
    expect(await screen.findByRole("dialog")).toBeTruthy();
  });

  it("a corridor-wide annotation opens the reader on it", async () => {
    await renderApp(withCorridorAnnotation());
    const user = await typeQuery("whole route");
    const option = screen.getByRole("option", { name: /The corridor as a whole/ });
    expect(option.textContent).toContain("Talks about the whole route.");
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("dialog")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Segment details" })).toBeNull();
  });

  it("Esc closes the results, then clears the box, and leaves the selection alone", async () => {
    const { map } = await renderApp();
    act(() => map.emit({ type: "click", target: { type: "segment", id: "fiber-a" } }));
    const user = await typeQuery("aktau");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect((searchbox() as HTMLInputElement).value).toBe("aktau");
    await user.keyboard("{Escape}");
    expect((searchbox() as HTMLInputElement).value).toBe("");
    expect(map.selection).toEqual({ type: "segment", id: "fiber-a" });
  });

  it("says so when nothing matches, and renders data text as text", async () => {
    await renderApp();
    const user = userEvent.setup();
    await user.click(searchbox());
    fireEvent.change(searchbox(), { target: { value: "<b>zzqx</b>" } });
    const popup = await screen.findByText(/No matches for/, { selector: ".search-empty" });
    expect(popup.textContent).toBe("No matches for “<b>zzqx</b>”");
    expect(document.querySelector(".search b")).toBeNull();
  });
});
