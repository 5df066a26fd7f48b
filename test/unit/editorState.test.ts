// The editor's edits as pure functions (src/editor/editorState.ts) and the drafts shown beside
// the published data (src/data/draftPreview.ts, src/editor/preview.ts).
import { describe, expect, it } from "vitest";
import { loadCorridor } from "../../scripts/lib/loadCorridor.ts";
import { indexCorridor } from "../../src/data/corridor.ts";
import { withDrafts } from "../../src/data/draftPreview.ts";
import { emptyDraft } from "../../src/editor/draft.ts";
import * as E from "../../src/editor/editorState.ts";
import { previewOf } from "../../src/editor/preview.ts";

const taken: E.TakenIds = { sources: new Set(["trend-2026-03-03-kuryk"]), annotations: new Set(["x-1"]) };

function corridor() {
  const loaded = loadCorridor(process.cwd());
  if (!loaded.ok) throw new Error("the repository's data does not load");
  return indexCorridor(loaded.corridor);
}

describe("editing a draft", () => {
  it("proposes the id from outlet, date and title, unique among published ids, until one is typed", () => {
    let d = E.updateMeta(emptyDraft(), { outlet: "Trend News Agency" }, taken);
    d = E.updateMeta(d, { date: "2026-03-03" }, taken);
    d = E.updateMeta(d, { title: "Kuryk" }, taken);
    expect(d.meta.id).toBe("trend-2026-03-03-kuryk-2");
    d = E.updateMeta(d, { id: "my-own-id" }, taken);
    d = E.updateMeta(d, { title: "Kuryk ferries" }, taken);
    expect(d.meta.id).toBe("my-own-id");
    // An edit of a published source keeps its id whatever the title says.
    const edit = E.updateMeta(
      { ...emptyDraft(), meta: { ...emptyDraft().meta, id: "kept" } },
      { title: "New" },
      taken,
      true,
    );
    expect(edit.meta.id).toBe("kept");
  });

  it("brings the date's precision along with its shape", () => {
    expect(E.precisionOf("2026")).toBe("year");
    expect(E.precisionOf("2026-03")).toBe("month");
    expect(E.precisionOf("2026-03-03")).toBe("day");
    expect(E.precisionOf("March 2026")).toBeNull();
    expect(E.updateMeta(emptyDraft(), { date: "2026-03" }, taken).meta.datePrecision).toBe("month");
  });

  it("names new annotations after the source and renames them when its id changes", () => {
    let d = E.updateMeta(emptyDraft(), { id: "src" }, taken);
    d = E.addAnnotation(E.addAnnotation(d, taken), taken);
    expect(d.annotations.map((a) => a.id)).toEqual(["src-1", "src-2"]);
    d = E.updateMeta(d, { id: "better" }, taken);
    expect(d.annotations.map((a) => a.id)).toEqual(["better-1", "better-2"]);
    // A taken annotation id is skipped.
    expect(E.nextAnnotationId(E.updateMeta(emptyDraft(), { id: "x" }, taken), taken)).toBe("x-2");
  });

  it("adds a quote once, toggles targets, and marks lines omitted", () => {
    let d = E.addAnnotation(E.updateMeta(emptyDraft(), { id: "s" }, taken), taken);
    d = E.addQuote(E.addQuote(d, "s-1", "A quote."), "s-1", "A quote.");
    expect(d.annotations[0]?.quotes).toEqual(["A quote."]);
    d = E.toggleTarget(d, "s-1", { type: "segment", id: "a" });
    d = E.toggleTarget(d, "s-1", { type: "node", id: "b" }, true);
    expect(E.toggleTarget(d, "s-1", { type: "segment", id: "a" }, true)).toBe(d);
    expect([d.annotations[0]?.segments, d.annotations[0]?.nodes]).toEqual([["a"], ["b"]]);
    d = E.toggleTarget(d, "s-1", { type: "segment", id: "a" });
    expect(d.annotations[0]?.segments).toEqual([]);
    d = { ...d, text: "Line one\n\nFollow us\nLine one" };
    expect(E.articleLines(d.text)).toEqual(["Line one", "Follow us"]);
    expect(E.setOmitted(d, "Follow us", true).omitLines).toEqual(["Follow us"]);
  });
});

describe("drafts beside the published data", () => {
  const draft = () => {
    let d = E.updateMeta(emptyDraft(), { outlet: "Test", date: "2026-03-03", title: "Ferries" }, taken);
    d = { ...d, text: "The ferry left.\nFollow us", omitLines: ["Follow us"] };
    d = E.addAnnotation(d, taken);
    const id = d.annotations[0]?.id ?? "";
    d = E.addQuote(
      E.toggleTarget(d, id, { type: "segment", id: "caspian-sea-kuryk-alat" }),
      id,
      "The ferry left.",
    );
    return E.updateAnnotation(d, id, { summary: "A ferry left.", topic: "transit" });
  };

  it("adds the draft's annotations where they are pinned, marked as drafts, without touching the published data", () => {
    const published = corridor();
    const before = published.segmentById.get("caspian-sea-kuryk-alat")?.properties.annotations.length ?? 0;
    const shown = withDrafts(published, [previewOf("k1", draft())]);
    const ferry = shown.segmentById.get("caspian-sea-kuryk-alat")?.properties.annotations ?? [];
    expect(ferry).toHaveLength(before + 1);
    expect(ferry.at(-1)).toMatchObject({ draft: true, summary: "A ferry left.", source: { draft: true } });
    expect(published.segmentById.get("caspian-sea-kuryk-alat")?.properties.annotations).toHaveLength(before);
    expect(shown.sources.at(-1)?.draft).toBe(true);
    // The reader's text is the article as shown, the promotion left out.
    expect(shown.draftTexts?.get("test-2026-03-03-ferries")).toBe("The ferry left.");
    // Untouched features are the very same objects.
    expect(shown.segmentById.get("btk-rail-marabda-kars")).toBe(
      published.segmentById.get("btk-rail-marabda-kars"),
    );
  });

  it("an edit replaces its source's published annotations; a new draft with a published id is not shown twice", () => {
    const published = corridor();
    const sourceId = "trend-2025-02-25-bayel-bagirov-customs";
    const edit = { ...draft(), meta: { ...draft().meta, id: sourceId } };
    const shown = withDrafts(published, [previewOf("k2", edit, sourceId)]);
    expect(shown.collection.overview.filter((a) => a.source.id === sourceId && !a.draft)).toEqual([]);
    expect(shown.sources.filter((s) => s.id === sourceId)).toHaveLength(1);
    // The same id without "edit of": the published source wins, the draft waits (its id is taken).
    expect(withDrafts(published, [previewOf("k3", edit)])).toBe(published);
  });
});
