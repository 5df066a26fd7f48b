import { describe, expect, it } from "vitest";
import {
  aboutKb,
  EMBED_WEIGHT_KB,
  type EmbedChoice,
  embedSnippet,
  embedUrl,
  permalink,
} from "../../src/features/share/embedCode.ts";
import { parseDate } from "../../src/time/dates.ts";

const BASE = "https://maps.example.org/corridor/";
const VIEW = { zoom: 6, lat: 41.5, lon: 45 };
const SEL = { type: "segment", id: "btk-rail-marabda-kars" } as const;
const CHOICE: EmbedChoice = {
  width: "responsive",
  height: 600,
  legend: true,
  interactive: true,
  explore: true,
  includeSelection: true,
  layers: ["transport", "energy", "telecom", "trade"],
};

describe("share and embed code", () => {
  it("makes a permalink with view, selection and layers", () => {
    expect(permalink(BASE, VIEW, SEL, ["transport"])).toBe(
      `${BASE}#map=6/41.5/45&seg=btk-rail-marabda-kars&layers=transport`,
    );
  });

  it("carries the as-of date and the changes-since date in links and embeds", () => {
    const time = { date: parseDate("2016-06"), since: parseDate("2015") };
    expect(permalink(BASE, VIEW, SEL, CHOICE.layers, time)).toBe(
      `${BASE}#map=6/41.5/45&seg=btk-rail-marabda-kars&date=2016-06&since=2015`,
    );
    expect(embedUrl(BASE, CHOICE, VIEW, SEL, time)).toBe(
      `${BASE}?embed=1#map=6/41.5/45&seg=btk-rail-marabda-kars&date=2016-06&since=2015`,
    );
    expect(embedSnippet(BASE, CHOICE, VIEW, SEL, time)).toContain("date=2016-06&amp;since=2015");
  });

  it("carries the route and the variant shown, unless the author leaves the route out", () => {
    const time = { route: { from: "lianyungang", to: "halkali", via: ["kuryk-port"] }, variant: 2 };
    const hash = "#map=6/41.5/45&route=lianyungang~halkali~via:kuryk-port&variant=2";
    expect(permalink(BASE, VIEW, { type: "none" }, CHOICE.layers, time)).toBe(`${BASE}${hash}`);
    expect(embedUrl(BASE, CHOICE, VIEW, { type: "none" }, time)).toBe(`${BASE}?embed=1${hash}`);
    // The summary table under the map makes the frame taller.
    const tall = embedSnippet(BASE, CHOICE, VIEW, { type: "none" }, time);
    const plain = embedSnippet(BASE, CHOICE, VIEW, { type: "none" });
    const height = (snippet: string) => Number(/height="(\d+)"/.exec(snippet)?.[1]);
    expect(height(tall)).toBeGreaterThan(height(plain));
    const without = { ...CHOICE, includeRoute: false };
    expect(embedUrl(BASE, without, VIEW, { type: "none" }, time)).toBe(`${BASE}?embed=1#map=6/41.5/45`);
    expect(height(embedSnippet(BASE, without, VIEW, { type: "none" }, time))).toBe(height(plain));
  });

  it("puts the embed options in the query and the view in the hash", () => {
    expect(
      embedUrl(
        BASE,
        { ...CHOICE, height: 400, legend: false, interactive: false, includeSelection: false },
        VIEW,
        SEL,
      ),
    ).toBe(`${BASE}?embed=1&height=400&legend=0&static=1#map=6/41.5/45`);
  });

  it("writes a sandboxed, responsive iframe and the sizing script", () => {
    expect(embedSnippet(BASE, CHOICE, VIEW, SEL)).toBe(
      [
        `<iframe src="${BASE}?embed=1#map=6/41.5/45&amp;seg=btk-rail-marabda-kars" title="Middle Corridor Map" width="100%" height="650"`,
        `  style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"`,
        `  sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>`,
        `<script src="${BASE}embed.js" defer></script>`,
      ].join("\n"),
    );
  });

  it("escapes what it puts in attributes", () => {
    expect(
      embedSnippet('https://x.test/a"b<c/', { ...CHOICE, width: 800 }, null, { type: "none" }),
    ).toContain('src="https://x.test/a&quot;b&lt;c/?embed=1" title="Middle Corridor Map" width="800"');
  });

  it("says the still picture's and the map's weights as rounded as they are measured", () => {
    expect([aboutKb(129.9), aboutKb(940.7), aboutKb(1061.8)]).toEqual([
      "about 130 KB",
      "about 940 KB",
      "about 1,100 KB",
    ]);
    expect(EMBED_WEIGHT_KB.still).toBeLessThan(EMBED_WEIGHT_KB.interactive / 5);
    const still = { ...CHOICE, interactive: false, explore: false };
    expect(embedUrl(BASE, still, VIEW, SEL)).toContain("?embed=1&static=1&explore=0#");
  });
});
