import { describe, expect, it } from "vitest";
import { highlightPieces, paragraphs } from "../../src/features/reader/highlight.ts";

const TEXT = "First sentence here.  The fibre line\nwill cross the sea.\n\nSecond paragraph about customs.";

describe("highlightPieces", () => {
  it("marks a quote that differs from the text only by whitespace", () => {
    const pieces = highlightPieces(TEXT, [
      { annotationId: "a", quote: "The fibre line will cross the sea." },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(TEXT);
    const marked = pieces.filter((p) => p.annotationIds.length > 0);
    expect(marked).toEqual([
      { start: 22, text: "The fibre line\nwill cross the sea.", annotationIds: ["a"] },
    ]);
  });

  it("splits overlapping quotes so each piece knows every annotation covering it", () => {
    const pieces = highlightPieces(TEXT, [
      { annotationId: "a", quote: "fibre line will cross" },
      { annotationId: "b", quote: "will cross the sea" },
    ]);
    expect(pieces.filter((p) => p.annotationIds.length > 0).map((p) => [p.text, p.annotationIds])).toEqual([
      ["fibre line\n", ["a"]],
      ["will cross", ["a", "b"]],
      [" the sea", ["b"]],
    ]);
  });

  it("leaves text without quotes as one plain piece, and ignores quotes not in the text", () => {
    expect(highlightPieces("Plain.", [{ annotationId: "a", quote: "missing" }])).toEqual([
      { start: 0, text: "Plain.", annotationIds: [] },
    ]);
  });
});

describe("paragraphs", () => {
  it("splits at blank lines and keeps marks inside their paragraph", () => {
    const paras = paragraphs(highlightPieces(TEXT, [{ annotationId: "c", quote: "about customs" }]));
    expect(paras).toHaveLength(2);
    expect(paras[1]?.map((p) => p.text).join("")).toBe("Second paragraph about customs.");
    expect(paras[1]?.find((p) => p.annotationIds.includes("c"))?.text).toBe("about customs");
  });
});
