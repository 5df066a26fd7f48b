// The editor's fields and messages (jsdom, a fake map): the live check speaks beside each field
// in the words of `npm run check:data`, the id is proposed and checked for uniqueness, a quote
// needs a selection, a click on the map pins the annotation being picked for, the draft shows in
// the details marked "Draft" and is kept in localStorage from the first keystroke, and Export
// leaves drafts out unless asked. On the repository's own data.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadCorridor } from "../../scripts/lib/loadCorridor.ts";
import { readDataDir } from "../../scripts/lib/readData.ts";
import { type Corridor, indexCorridor } from "../../src/data/corridor.ts";
import { renderApp } from "./renderApp.tsx";

let corridor: Corridor;
const raw = readDataDir(process.cwd()).raw;

beforeAll(() => {
  const loaded = loadCorridor(process.cwd());
  if (!loaded.ok) throw new Error("the repository's data does not load");
  corridor = indexCorridor(loaded.corridor);
});
beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) =>
      String(url).endsWith("editor-data.json")
        ? new Response(JSON.stringify(raw))
        : new Response("[]", { headers: { "Content-Type": "application/json" } }),
    ),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

async function openEditor() {
  const app = await renderApp(corridor);
  fireEvent.click(screen.getByRole("button", { name: "Add a source" }));
  const editor = await screen.findByRole("dialog", { name: "Add a source" });
  await within(editor).findByLabelText("Article text");
  return { ...app, editor, field: (name: string) => within(editor).getByRole("textbox", { name }) };
}

// The whole app on the real data in jsdom, with the data check at every change: slower than most.
describe("the editor's fields and messages", { timeout: 30_000 }, () => {
  it("proposes the id, speaks beside a touched field in check:data's words, and refuses a taken id", async () => {
    const { editor, field } = await openEditor();
    fireEvent.change(field("Outlet"), { target: { value: "Trend News Agency" } });
    fireEvent.change(field("Title"), { target: { value: "Kuryk ferries grow" } });
    fireEvent.change(field("Date"), { target: { value: "2026-03" } });
    expect((field("Id") as HTMLInputElement).value).toBe("trend-2026-03-kuryk-ferries-grow");
    // A date written as a month brings its precision along.
    expect((within(editor).getByLabelText("Precision") as HTMLSelectElement).value).toBe("month");

    // Untouched fields are quiet; a touched empty one says what `npm run check:data` says.
    expect(field("Dateline").getAttribute("aria-invalid")).toBeNull();
    fireEvent.blur(field("Dateline"));
    await waitFor(() => expect(field("Dateline").getAttribute("aria-invalid")).toBe("true"));
    const described = document.getElementById(field("Dateline").getAttribute("aria-describedby") ?? "");
    expect(described?.textContent).toContain("is empty: fill it in");
    expect(described?.textContent).toContain(
      'data/sources/trend-2026-03-kuryk-ferries-grow.json, entry "trend-2026-03-kuryk-ferries-grow", field "dateline"',
    );

    fireEvent.change(field("Address (URL)"), { target: { value: "ftp://example.org/a" } });
    fireEvent.blur(field("Address (URL)"));
    await waitFor(() => expect(field("Address (URL)").getAttribute("aria-invalid")).toBe("true"));

    // An id a published source has is refused, beside the field.
    fireEvent.change(field("Id"), { target: { value: "trend-2025-02-25-bayel-bagirov-customs" } });
    await waitFor(() => expect(field("Id").getAttribute("aria-invalid")).toBe("true"));
    expect(
      document.getElementById(field("Id").getAttribute("aria-describedby") ?? "")?.textContent,
    ).toContain("already used by a published source");
  });

  it("quotes only a selection, pins by a map click, shows the draft in the details and keeps it", async () => {
    const { editor, map } = await openEditor();
    fireEvent.change(within(editor).getByLabelText("Article text"), {
      target: { value: "BAKU, March 4. The ferry from Kuryk reached Alat in 18 hours.\nFollow us" },
    });
    // From the first keystroke the draft is kept in the browser.
    expect(Object.keys(localStorage).some((k) => k.includes("editor:head:"))).toBe(true);
    fireEvent.click(within(editor).getByLabelText("Follow us"));
    fireEvent.click(within(editor).getByRole("button", { name: "Add an annotation" }));
    fireEvent.click(within(editor).getByRole("button", { name: "Quote" }));
    expect(editor.textContent).toContain("Select a passage in the article first");

    // A selection inside the article box (jsdom: set on its text node) quoted by the Q key.
    const box = within(editor).getByRole("textbox", { name: /Article text: select/ });
    const piece = box.querySelector("[data-start]")?.firstChild as Text;
    const start = (piece.textContent ?? "").indexOf("The ferry");
    const range = document.createRange();
    range.setStart(piece, start);
    range.setEnd(piece, start + "The ferry from Kuryk reached Alat in 18 hours.".length);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    fireEvent.keyDown(box, { key: "q" });
    await waitFor(() =>
      expect(editor.querySelector(".editor-quotes")?.textContent).toContain("reached Alat in 18 hours."),
    );
    expect(editor.textContent).not.toContain("Follow us (");

    // "Pick on the map", then a click on a line: pinned, and the line selected with the draft in its details.
    fireEvent.click(within(editor).getByRole("button", { name: "Pick on the map" }));
    act(() => map.emit({ type: "click", target: { type: "segment", id: "caspian-sea-kuryk-alat" } }));
    await waitFor(() =>
      expect(within(editor).getByRole("list", { name: "Pinned to" }).textContent).toContain("Kuryk"),
    );
    fireEvent.change(within(editor).getByLabelText("Summary, in our words"), {
      target: { value: "A ferry took 18 hours from Kuryk to Alat." },
    });
    const details = await screen.findByRole("region", { name: "Segment details" });
    await waitFor(() =>
      expect(within(details).getByRole("article", { name: /^Draft annotation/ })).toBeTruthy(),
    );
    expect(within(details).getByText("Draft")).toBeTruthy();
    // Not all of the draft is filled in yet: the check says what, for the topic.
    fireEvent.blur(within(editor).getByLabelText("Topic"));
    await waitFor(() =>
      expect(within(editor).getByLabelText("Topic").getAttribute("aria-invalid")).toBe("true"),
    );
  });

  it("Export leaves drafts out unless asked; Share says links cannot carry them", async () => {
    const { editor } = await openEditor();
    fireEvent.change(within(editor).getByLabelText("Article text"), { target: { value: "BAKU. Text." } });
    fireEvent.click(screen.getByRole("button", { name: "Export" }));
    const exportDialog = await screen.findByRole("dialog", { name: "Export" });
    const include = within(exportDialog).getByRole("checkbox", {
      name: /Include my drafts/,
    }) as HTMLInputElement;
    expect(include.checked).toBe(false);
    fireEvent.click(within(exportDialog).getByRole("button", { name: "Close" }));
    fireEvent.click(screen.getByRole("button", { name: "Share" }));
    const share = await screen.findByRole("dialog", { name: "Share this map" });
    expect(share.textContent).toContain("only in this browser: links and embeds show the published data");
  });

  it("lists the drafts kept in this browser, resumes one and discards one after asking", async () => {
    const { editor } = await openEditor();
    fireEvent.change(within(editor).getByLabelText("Article text"), {
      target: { value: "BAKU. First draft." },
    });
    fireEvent.change(within(editor).getByRole("textbox", { name: "Title" }), {
      target: { value: "First draft" },
    });
    // A second, new source: the first is now in the list of drafts.
    fireEvent.click(within(editor).getByRole("button", { name: "Start a new source" }));
    const fresh = await screen.findByRole("dialog", { name: "Add a source" });
    await waitFor(() =>
      expect((within(fresh).getByLabelText("Article text") as HTMLTextAreaElement).value).toBe(""),
    );
    expect(within(fresh).getByText("First draft")).toBeTruthy();
    fireEvent.click(within(fresh).getByRole("button", { name: "Resume" }));
    await waitFor(() =>
      expect(
        (
          within(screen.getByRole("dialog", { name: "Add a source" })).getByLabelText(
            "Article text",
          ) as HTMLTextAreaElement
        ).value,
      ).toBe("BAKU. First draft."),
    );
    // "Edit" on the draft's source in the overview resumes that draft, not an empty one.
    fireEvent.click(
      within(screen.getByRole("dialog", { name: "Add a source" })).getByRole("button", {
        name: "Start a new source",
      }),
    );
    fireEvent.click(screen.getByRole("button", { name: /^Edit the source \(outlet not given\)/ }));
    await waitFor(() =>
      expect(
        (
          within(screen.getByRole("dialog", { name: "Add a source" })).getByLabelText(
            "Article text",
          ) as HTMLTextAreaElement
        ).value,
      ).toBe("BAKU. First draft."),
    );
    // Discard asks first; a "no" keeps it.
    const confirm = vi.spyOn(window, "confirm").mockReturnValueOnce(false).mockReturnValueOnce(true);
    const panel = () => screen.getByRole("dialog", { name: "Add a source" });
    fireEvent.click(within(panel()).getByRole("button", { name: "Discard" }));
    expect(Object.keys(localStorage).some((k) => k.includes("editor:head:"))).toBe(true);
    fireEvent.click(within(panel()).getByRole("button", { name: "Discard" }));
    await waitFor(() =>
      expect(Object.keys(localStorage).some((k) => k.includes("editor:head:"))).toBe(false),
    );
    expect(confirm).toHaveBeenCalledTimes(2);
  });
});
