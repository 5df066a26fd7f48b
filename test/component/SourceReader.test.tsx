import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FIXTURE_TEXT } from "../fixtures/corridorFixture.ts";
import { renderApp } from "./renderApp.tsx";

beforeEach(() => {
  vi.stubGlobal(
    "fetch",
    vi.fn(
      async () => new Response(JSON.stringify([{ id: "src-a", text: FIXTURE_TEXT.split("\n\nStay")[0] }])),
    ),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("source reader", () => {
  it("opens from an annotation, shows the metadata and marks every quote with links back", async () => {
    const { map } = await renderApp();
    act(() => map.emit({ type: "click", target: { type: "segment", id: "rail-a" } }));
    fireEvent.click(screen.getAllByRole("button", { name: "Read in source" })[0] as HTMLElement);
    const dialog = await screen.findByRole("dialog", { name: /A test article/ });
    expect(dialog.textContent).toContain("Test Outlet");
    expect(dialog.textContent).toContain("25 Feb 2025 (year inferred)");
    expect(dialog.textContent).toContain("BAKU, January 1");
    await waitFor(() => expect(dialog.querySelectorAll("mark")).toHaveLength(3));
    const marks = [...dialog.querySelectorAll("mark")].map((m) => m.textContent);
    expect(marks).toEqual([
      "BAKU, January 1.",
      "The railway from Aktau to the border is being upgraded.",
      "A fiber line will cross the sea.",
    ]);
    // Opened from the first annotation of the rail segment: its quote is the emphasised one.
    expect(dialog.querySelector("mark.mark-focus")?.textContent).toBe(marks[1]);
    expect(dialog.textContent).not.toContain("Stay up-to-date");
    // The fiber quote links back to both the segment and the place it annotates.
    expect(within(dialog).queryByRole("link", { name: "→ Fiber Aktau–Alat" })).not.toBeNull();
    expect(within(dialog).queryByRole("link", { name: "→ Aktau" })).not.toBeNull();
  });

  it("a highlight's link closes the reader and selects what it annotates", async () => {
    const { map } = await renderApp();
    act(() => map.emit({ type: "click", target: { type: "segment", id: "rail-a" } }));
    fireEvent.click(screen.getAllByRole("button", { name: "Read in source" })[0] as HTMLElement);
    const dialog = await screen.findByRole("dialog");
    fireEvent.click(await within(dialog).findByRole("link", { name: "→ Fiber Aktau–Alat" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(
      within(screen.getByRole("region", { name: "Segment details" })).getByRole("heading", { level: 2 })
        .textContent,
    ).toBe("Fiber Aktau–Alat");
    expect(map.cameras.at(-1)).toMatchObject({ type: "fit-selection", selection: { id: "fiber-a" } });
  });
});
