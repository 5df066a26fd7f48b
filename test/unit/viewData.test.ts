// "The visible segments" and "the sources cited by this view" are one computation each
// (src/data/viewData.ts); the figure, print and the data downloads list the same sources.
import { describe, expect, it } from "vitest";
import { type Corridor, indexCorridor } from "../../src/data/corridor.ts";
import { viewData } from "../../src/data/viewData.ts";
import { citationLine, figureContent } from "../../src/features/export/figureContent.ts";
import { citationsText } from "../../src/features/export/formats/citations.ts";
import { LAYER_GROUPS } from "../../src/layers/registry.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";

/** The fixture with the fibre segment quoting another source: src-a is then cited by Aktau only. */
function placeOnlySource(): Corridor {
  const c = structuredClone(fixtureCorridor().collection);
  const other = { ...c.sources[0]!, id: "src-b", outlet: "Other Outlet", date: "2024-01-01" };
  c.sources.push(other);
  const fiber = c.features.find((f) => f.properties.id === "fiber-a");
  fiber!.properties.annotations[0]!.source = { ...other };
  return indexCorridor(c);
}

describe("the view", () => {
  it("has the segments of the groups switched on, in corridor order", () => {
    const corridor = placeOnlySource();
    expect(viewData(corridor, ["telecom"]).segments.map((s) => s.properties.id)).toEqual(["fiber-a"]);
    expect(viewData(corridor, LAYER_GROUPS).segments.map((s) => s.properties.id)).toEqual([
      "rail-a",
      "fiber-a",
    ]);
  });

  it("cites the sources of the visible segments, of the places and of the overview", () => {
    const corridor = placeOnlySource();
    expect(viewData(corridor, ["telecom"]).sources.map((s) => s.id)).toEqual(["src-b", "src-a"]);
    expect(viewData(corridor, ["transport"]).sources.map((s) => s.id)).toEqual(["src-a"]);
  });

  it("the figure (and print, which uses it) lists the sources the citation download lists", () => {
    const corridor = placeOnlySource();
    const figure = figureContent(corridor, ["telecom"], { type: "none" }, new Date(0));
    // Aktau is on the figure and in the downloads, so the source only it quotes is cited too.
    expect(figure.sources).toEqual([
      "Other Outlet, “A test article”, 1 Jan 2024 (year inferred), https://example.org/a",
      "Test Outlet, “A test article”, 25 Feb 2025 (year inferred), https://example.org/a",
    ]);
    const view = viewData(corridor, ["telecom"]);
    expect(figure.sources).toEqual(view.sources.map(citationLine));
    expect(citationsText(view.sources, "2026-01-01").split("\n").filter(Boolean)).toHaveLength(2);
    expect(figure.segments).toEqual(view.segments);
  });
});
