// Search: folding, typo tolerance, the names as typed on an English keyboard (on the real
// data), grouping by kind, ranking, snippets and marks.
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorridor } from "../../scripts/lib/loadCorridor.ts";
import { type Corridor, indexCorridor } from "../../src/data/corridor.ts";
import { foldText, foldWithMap } from "../../src/data/foldText.ts";
import { slugWords } from "../../src/editor/proposeId.ts";
import { SEARCH_KINDS } from "../../src/features/search/searchDocs.ts";
import {
  buildSearchIndex,
  type SearchGroup,
  type SearchIndex,
} from "../../src/features/search/searchIndex.ts";
import { markRanges, snippet } from "../../src/features/search/snippet.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";

const titles = (groups: SearchGroup[], kind: string) =>
  groups.find((g) => g.kind === kind)?.hits.map((h) => h.doc.title) ?? [];
const first = (groups: SearchGroup[], kind: string) => titles(groups, kind)[0];

describe("foldText", () => {
  it("drops accents and maps the letters Unicode does not decompose", () => {
    expect(foldText("Böyük Kəsik")).toBe("boyuk kesik");
    expect(foldText("Halkalı")).toBe("halkali");
    expect(foldText("Constanța")).toBe("constanta");
    expect(foldText("Kapıkule Şahin İstanbul ÜRÜMQİ")).toBe("kapikule sahin istanbul urumqi");
    expect(foldText("Straße Øresund Łódź")).toBe("strasse oresund lodz");
  });

  it("keeps letters of other scripts (a Cyrillic or Chinese query still finds its words)", () => {
    expect(foldText("Ақтау 阿克套")).toBe("ақтау 阿克套");
  });

  it("maps each folded character back to the original", () => {
    const { folded, from } = foldWithMap("Kəsik ß");
    expect(folded).toBe("kesik ss");
    expect(from).toEqual([0, 1, 2, 3, 4, 5, 6, 6]);
  });

  it("is what the editor's ids are made of", () => {
    expect(slugWords("Böyük Kəsik, Halkalı!")).toEqual(["boyuk", "kesik", "halkali"]);
  });
});

describe("search on the real data", () => {
  let corridor: Corridor;
  let index: SearchIndex;
  beforeAll(() => {
    const loaded = loadCorridor(process.cwd());
    if (!loaded.ok) throw new Error("the real data does not load");
    corridor = indexCorridor(loaded.corridor);
    index = buildSearchIndex(corridor);
  });

  it.each([
    ["Kuryk", "Port Kuryk (ferry complex, Sarzha terminal)"],
    ["Kesik", "Böyük Kəsik"],
    ["Constanta", "Constanța port"],
    ["Halkali", "Halkalı (Istanbul)"],
    ["kars", "Kars"],
  ])("%s, as typed on an English keyboard, finds %s first among places", (query, place) => {
    expect(first(index.search(query), "place")).toBe(place);
  });

  it("the diacritic names find their segments too", () => {
    expect(titles(index.search("Kesik"), "segment")).toEqual(
      expect.arrayContaining([expect.stringContaining("Böyük Kəsik")]),
    );
    expect(titles(index.search("constanta"), "segment").every((t) => t.includes("Constanța"))).toBe(true);
  });

  it("forgives a typo in a longer word, not in a short one", () => {
    expect(first(index.search("Kuryc"), "place")).toBe("Port Kuryk (ferry complex, Sarzha terminal)");
    expect(first(index.search("Tbilsi"), "place")).toBe("Tbilisi");
    expect(first(index.search("Halklai"), "place")).toBe("Halkalı (Istanbul)");
    expect(index.search("kxr")).toEqual([]);
  });

  it("matches the last word as a prefix while it is being typed", () => {
    expect(first(index.search("lianyun"), "place")).toBe("Lianyungang port");
    expect(first(index.search("Baku Tbil"), "segment")).toMatch(/^Baku–Tbilisi/);
  });

  it("groups results by kind, in the order places, segments, annotations, sources", () => {
    const groups = index.search("customs");
    expect(groups.map((g) => g.kind)).toEqual(SEARCH_KINDS.filter((k) => groups.some((g) => g.kind === k)));
    expect(groups.some((g) => g.kind === "annotation")).toBe(true);
    expect(groups.some((g) => g.kind === "source")).toBe(true);
    for (const g of groups) {
      expect(g.hits.every((h) => h.doc.kind === g.kind)).toBe(true);
      expect(g.total).toBeGreaterThanOrEqual(g.hits.length);
      const scores = g.hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it("ranks a name that starts with the query above one that merely contains it", () => {
    // "Aktau" and "Aktau Sea Trade Port" before a fuzzy "Aktaş".
    expect(titles(index.search("aktau"), "place").slice(0, 2)).toEqual(["Aktau", "Aktau Sea Trade Port"]);
  });

  it("finds annotations by their quotes, full text, and sources by outlet and title", () => {
    const anyQuote = corridor.segments.flatMap((s) => s.properties.annotations).find((a) => a.quotes.length)
      ?.quotes[0];
    if (!anyQuote) throw new Error("no quote in the data");
    const words = anyQuote.split(/\s+/).slice(2, 6).join(" ");
    const hits = index.search(words).find((g) => g.kind === "annotation")?.hits ?? [];
    expect(hits.some((h) => h.doc.passages?.includes(anyQuote))).toBe(true);
    expect(index.search("Trend").find((g) => g.kind === "source")?.total).toBe(corridor.sources.length);
  });

  it("finds places by country", () => {
    expect(titles(index.search("Georgia"), "place")).toEqual(expect.arrayContaining(["Tbilisi"]));
  });

  it("lists each annotation once, aimed at its first segment; corridor-wide ones at nothing", () => {
    const all = index.search("Trend", 1000).find((g) => g.kind === "annotation")?.hits ?? [];
    const ids = all.map((h) => h.doc.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const h of all) {
      if (h.doc.target?.type === "segment")
        expect(
          corridor.segmentById.get(h.doc.target.id)?.properties.annotations.some((a) => a.id === h.doc.id),
        ).toBe(true);
    }
    const overviewIds = new Set(corridor.collection.overview.map((a) => a.id));
    for (const h of all.filter((h) => h.doc.target === null)) expect(overviewIds.has(h.doc.id)).toBe(true);
  });

  it("says nothing for a query of one letter or only punctuation", () => {
    expect(index.search("k")).toEqual([]);
    expect(index.search(" – ")).toEqual([]);
  });
});

describe("search on the fixture", () => {
  it("indexes every place, segment, annotation and source once", () => {
    const c = fixtureCorridor();
    const index = buildSearchIndex(c);
    const annotations = new Set([
      ...c.segments.flatMap((s) => s.properties.annotations.map((a) => a.id)),
      ...c.nodes.flatMap((n) => n.properties.annotations.map((a) => a.id)),
      ...c.collection.overview.map((a) => a.id),
    ]);
    expect(index.size).toBe(c.nodes.length + c.segments.length + annotations.size + c.sources.length);
  });
});

describe("snippets and marks", () => {
  it("marks matched words where they start a word, in the text as written", () => {
    const text = "Böyük Kəsik, Kəsikli and akəsik";
    const ranges = markRanges(text, ["kesik"]);
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(["Kəsik", "Kəsik"]);
  });

  it("shows the passage that matches, cut at words around the match", () => {
    const long = `${"word ".repeat(40)}the Caspian ferry crossing ${"more ".repeat(40)}`.trim();
    const s = snippet(["A summary about rail.", long], ["ferry"]);
    expect(s.text.startsWith("…")).toBe(true);
    expect(s.text.endsWith("…")).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(142);
    expect(s.text).not.toMatch(/…\S*wor\b|…or/);
    const [range] = s.ranges;
    expect(range && s.text.slice(range[0], range[1])).toBe("ferry");
    expect(snippet(["Short summary.", "Quote."], ["nothing"]).text).toBe("Short summary.");
  });
});
