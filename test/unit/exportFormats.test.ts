// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { indexCorridor } from "../../src/data/corridor.ts";
import type {
  AnnotationOut,
  CorridorCollection,
  NodeFeature,
  SegmentFeature,
  SourceMeta,
} from "../../src/data/corridorTypes.ts";
import { type ViewData, viewData } from "../../src/data/viewData.ts";
import {
  bibKeys,
  citationsBibtex,
  citationsRis,
  citationsText,
  escapeTex,
} from "../../src/features/export/formats/citations.ts";
import { annotationsCsv, csvCell } from "../../src/features/export/formats/csv.ts";
import { visibleGeoJson } from "../../src/features/export/formats/geojson.ts";
import { kmlColor, toKml } from "../../src/features/export/formats/kml.ts";
import { LAYER_GROUPS, type LayerGroup } from "../../src/layers/registry.ts";
import { cdata, escapeXml } from "../../src/render/xmlText.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";

const ALL = LAYER_GROUPS;
const RAIL: LayerGroup[] = ["transport"];
const FIBER: LayerGroup[] = ["telecom"];
const ACCESSED = "2026-11-25";
const HOSTILE_NAME = `A & B <script>alert(1)</script> "q"`;
const HOSTILE_SUMMARY = `=HYPERLINK("http://evil.example","x")`;

const TREND: SourceMeta = {
  id: "trend-b",
  outlet: "Trend News Agency",
  title: "Azerbaijan and Kazakhstan have discussed the realization of joint projects",
  titleKind: "lede",
  date: "2024-01-31",
  datePrecision: "day",
  dateInferred: false,
  url: "https://en.trend.az/azerbaijan/business/3855705.html",
  dateline: "BAKU, Azerbaijan, January 31",
  republished: [],
};

function fixture(): CorridorCollection {
  return structuredClone(fixtureCorridor().collection);
}

/** What the export writes for this collection with these layer groups on. */
function view(c: CorridorCollection, groups: readonly LayerGroup[]): ViewData {
  return viewData(indexCorridor(c), groups);
}

const citedSources = (c: CorridorCollection, groups: readonly LayerGroup[]) => view(c, groups).sources;

function segment(c: CorridorCollection, id: string): SegmentFeature {
  const f = c.features.find((x) => x.properties.id === id && x.properties.featureType === "segment");
  if (!f) throw new Error(`no segment ${id}`);
  return f as SegmentFeature;
}

function node(c: CorridorCollection, id: string): NodeFeature {
  const f = c.features.find((x) => x.properties.id === id && x.properties.featureType === "node");
  if (!f) throw new Error(`no node ${id}`);
  return f as NodeFeature;
}

/** The fixture with a second, older source (Trend, 2024) quoted only by the fibre segment. */
function twoSources(): CorridorCollection {
  const c = fixture();
  c.sources.push(TREND);
  const a = segment(c, "fiber-a").properties.annotations[0]!;
  a.source = { ...TREND };
  return c;
}

/** The fixture with hostile strings where the data has free text. */
function hostile(): CorridorCollection {
  const c = fixture();
  const rail = segment(c, "rail-a");
  rail.properties.name = HOSTILE_NAME;
  const a = rail.properties.annotations[0]!;
  a.summary = HOSTILE_SUMMARY;
  a.quotes = [`He said "yes", then: ]]> <b>bold</b>\nnext line`];
  node(c, "aktau").properties.name = `Aktau\u0001 & 'co'`;
  return c;
}

function overviewAnnotation(c: CorridorCollection): AnnotationOut {
  const source = c.sources[0]!;
  return { id: "o-1", summary: "The corridor as a whole.", quotes: ["-1% growth"], topic: "trade", source };
}

describe("visibleGeoJson", () => {
  it("keeps the visible segments in corridor order, all places and the cited sources", () => {
    const c = twoSources();
    c.features.reverse();
    const out = JSON.parse(visibleGeoJson(view(c, RAIL))) as CorridorCollection;
    expect(out.type).toBe("FeatureCollection");
    expect(out.features.map((f) => f.properties.id)).toEqual(["rail-a", "alat", "beyneu", "aktau"]);
    expect(out.sources.map((s) => s.id)).toEqual(["src-a"]);
    expect(out.overview).toEqual([]);
    const all = JSON.parse(visibleGeoJson(view(c, ALL))) as CorridorCollection;
    expect(all.features.slice(0, 2).map((f) => f.properties.id)).toEqual(["rail-a", "fiber-a"]);
    expect(all.sources.map((s) => s.id)).toEqual(["trend-b", "src-a"]);
  });

  it("is pretty-printed and stable", () => {
    const c = fixture();
    const text = visibleGeoJson(view(c, ALL));
    expect(
      text.startsWith('{\n  "type": "FeatureCollection",\n  "lang": "en",\n  "features": [\n    {\n'),
    ).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
    expect(visibleGeoJson(view(c, ["telecom", "transport"]))).toBe(text);
  });
});

/** A minimal RFC 4180 reader, to check that what was written reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const next = text[i + 1];
    i += 1;
    if (quoted && ch === '"' && next === '"') {
      cell += '"';
      i += 1;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && ch === "\r" && next === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 1;
    } else {
      cell += ch;
    }
  }
  expect(cell).toBe("");
  expect(row).toEqual([]);
  return rows;
}

describe("annotationsCsv", () => {
  it("writes the header and one row per quote, exactly", () => {
    const lines = annotationsCsv(view(fixture(), ALL)).split("\r\n");
    expect(lines[0]).toBe(
      "feature_type,feature_id,feature_name,annotation_id,topic,summary,quote,outlet,title,date,date_note,url",
    );
    expect(lines[1]).toBe(
      "segment,rail-a,Rail Beyneu–Aktau,a-rail,infrastructure,The line is being upgraded.," +
        "The railway from Aktau to the border is being upgraded.,Test Outlet,A test article,2025-02-25," +
        "year inferred,https://example.org/a",
    );
    expect(lines[2]).toContain(',"BAKU, January 1.",');
    expect(lines.at(-1)).toBe("");
  });

  it("has segments first, then places, then the overview, and only visible segments", () => {
    const c = twoSources();
    c.overview.push(overviewAnnotation(c));
    const rows = parseCsv(annotationsCsv(view(c, FIBER)));
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual([
      ["segment", "fiber-a", "a-fiber"],
      ["place", "aktau", "a-fiber"],
      ["corridor", "", "o-1"],
    ]);
    expect(rows[1]!.slice(7)).toEqual([TREND.outlet, TREND.title, "2024-01-31", "", TREND.url]);
    expect(rows[3]![6]).toBe("'-1% growth");
    expect(rows.every((r) => r.length === 12)).toBe(true);
  });

  it("gives an annotation without quotes one row with an empty quote", () => {
    const c = fixture();
    segment(c, "fiber-a").properties.annotations[0]!.quotes = [];
    const rows = parseCsv(annotationsCsv(view(c, FIBER)));
    expect(rows[1]!.slice(0, 7)).toEqual([
      "segment",
      "fiber-a",
      "Fiber Aktau–Alat",
      "a-fiber",
      "telecom",
      "A fiber line is planned.",
      "",
    ]);
  });

  it("quotes and neutralises hostile text", () => {
    const text = annotationsCsv(view(hostile(), RAIL));
    const rows = parseCsv(text);
    expect(rows[1]!.slice(2, 7)).toEqual([
      HOSTILE_NAME,
      "a-rail",
      "infrastructure",
      `'${HOSTILE_SUMMARY}`,
      `He said "yes", then: ]]> <b>bold</b>\nnext line`,
    ]);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(text).toContain(`"A & B <script>alert(1)</script> ""q"""`);
  });

  it("escapes single cells", () => {
    expect(csvCell("plain text")).toBe("plain text");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe('"\'\r=1"');
    expect(csvCell("a=1")).toBe("a=1");
  });
});

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

function folder(doc: Document, name: string): Element {
  const f = [...doc.getElementsByTagName("Folder")].find(
    (x) => x.querySelector(":scope > name")?.textContent === name,
  );
  if (!f) throw new Error(`no folder ${name}`);
  return f;
}

function placemarkNames(f: Element): (string | null | undefined)[] {
  return [...f.getElementsByTagName("Placemark")].map((p) => p.querySelector(":scope > name")?.textContent);
}

describe("toKml", () => {
  it("is a KML 2.2 document with a style per kind and only the visible segments", () => {
    const text = toKml(view(fixture(), RAIL), "Middle Corridor & more");
    const doc = parseXml(text);
    expect(doc.documentElement.namespaceURI).toBe("http://www.opengis.net/kml/2.2");
    expect(doc.querySelector("Document > name")?.textContent).toBe("Middle Corridor & more");
    expect(doc.getElementsByTagName("Style")).toHaveLength(7);
    expect(text).toContain(
      '<Style id="kind-rail"><LineStyle><color>ff0a34a0</color><width>3</width></LineStyle></Style>',
    );
    expect(placemarkNames(folder(doc, "Segments"))).toEqual(["Rail Beyneu–Aktau"]);
    expect(placemarkNames(folder(doc, "Places"))).toEqual(["Aktau", "Beyneu", "Alat"]);
    const rail = folder(doc, "Segments").getElementsByTagName("Placemark")[0]!;
    expect(rail.getElementsByTagName("styleUrl")[0]?.textContent).toBe("#kind-rail");
    expect(rail.getElementsByTagName("coordinates")[0]?.textContent).toBe(
      "55.19,45.32 52.12,44.17 51.2,43.61",
    );
    const description = rail.getElementsByTagName("description")[0]?.textContent ?? "";
    expect(description).toContain("Kind: Railway<br>Status: Operational<br>Countries: Kazakhstan");
    expect(description).toContain("<b>The line is being upgraded.</b><br>“The railway from Aktau");
    expect(description).toContain("— Test Outlet. &quot;A test article&quot;. 25 Feb 2025 (year inferred).");
    const aktau = folder(doc, "Places").getElementsByTagName("Placemark")[0]!;
    expect(aktau.querySelector("Point > coordinates")?.textContent).toBe("51.2,43.61");
  });

  it("writes a MultiLineString as a MultiGeometry", () => {
    const c = fixture();
    const fiber = segment(c, "fiber-a");
    fiber.geometry = {
      type: "MultiLineString",
      coordinates: [
        [
          [51.2, 43.61],
          [50, 42],
        ],
        [
          [50, 42],
          [49.42, 39.99],
        ],
      ],
    };
    const doc = parseXml(toKml(view(c, FIBER), "t"));
    const lines = doc.querySelectorAll("MultiGeometry > LineString > coordinates");
    expect([...lines].map((l) => l.textContent)).toEqual(["51.2,43.61 50,42", "50,42 49.42,39.99"]);
  });

  it("escapes hostile text and still parses", () => {
    const text = toKml(view(hostile(), RAIL), `</name><script>x</script>`);
    expect(text).not.toContain("<script>");
    expect(text).toContain("<name>A &amp; B &lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot;</name>");
    const doc = parseXml(text);
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
    expect(doc.querySelector("Document > name")?.textContent).toBe("</name><script>x</script>");
    expect(placemarkNames(folder(doc, "Segments"))).toEqual([HOSTILE_NAME]);
    expect(placemarkNames(folder(doc, "Places"))[0]).toBe("Aktau & 'co'");
    const description = doc.querySelector("Placemark > description")?.textContent ?? "";
    expect(description).toContain("<b>=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;)</b>");
    expect(description).toContain(
      "“He said &quot;yes&quot;, then: ]]&gt; &lt;b&gt;bold&lt;/b&gt;\nnext line”",
    );
  });

  it("has safe helpers", () => {
    expect(escapeXml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
    expect(escapeXml("a\u0000b\u001f\tc\ud800d😀\ufffee")).toBe("ab\tcd😀e");
    expect(cdata("a]]>b")).toBe("<![CDATA[a]]]]><![CDATA[>b]]>");
    expect(parseXml(`<x>${cdata("a]]>b]]>")}</x>`).documentElement.textContent).toBe("a]]>b]]>");
    expect(kmlColor("#B8420F")).toBe("ff0f42b8");
    expect(kmlColor("#007A5A")).toBe("ff5a7a00");
  });
});

describe("citations", () => {
  it("cites the sources of visible segments, places and overview, oldest first", () => {
    const c = twoSources();
    expect(citedSources(c, ALL).map((s) => s.id)).toEqual(["trend-b", "src-a"]);
    expect(citedSources(c, RAIL).map((s) => s.id)).toEqual(["src-a"]);
    // Only the fibre segment is visible, but Aktau (exported as a place) quotes src-a.
    expect(citedSources(c, FIBER).map((s) => s.id)).toEqual(["trend-b", "src-a"]);
    const onlyOverview = twoSources();
    node(onlyOverview, "aktau").properties.annotations = [];
    expect(citedSources(onlyOverview, []).map((s) => s.id)).toEqual([]);
    onlyOverview.overview.push({ ...overviewAnnotation(onlyOverview), source: TREND });
    expect(citedSources(onlyOverview, []).map((s) => s.id)).toEqual(["trend-b"]);
  });

  it("writes one text line per source", () => {
    const sources = citedSources(twoSources(), ALL);
    expect(citationsText(sources, ACCESSED)).toBe(
      'Trend News Agency. "Azerbaijan and Kazakhstan have discussed the realization of joint projects…" ' +
        "[lede; no headline known]. 31 Jan 2024. https://en.trend.az/azerbaijan/business/3855705.html " +
        "(accessed 2026-11-25).\n" +
        'Test Outlet. "A test article". 25 Feb 2025 (year inferred). https://example.org/a (accessed 2026-11-25).\n',
    );
    const { url: _, ...noUrl } = TREND;
    expect(citationsText([{ ...noUrl, titleKind: "headline" }], ACCESSED)).toBe(
      'Trend News Agency. "Azerbaijan and Kazakhstan have discussed the realization of joint projects". 31 Jan 2024.\n',
    );
  });

  it("writes BibLaTeX entries", () => {
    const sources = citedSources(twoSources(), ALL);
    expect(citationsBibtex(sources, ACCESSED)).toBe(
      [
        "@online{trend2024azerbaijan,",
        "  author = {{Trend News Agency}},",
        "  title = {Azerbaijan and Kazakhstan have discussed the realization of joint projects},",
        "  date = {2024-01-31},",
        "  url = {https://en.trend.az/azerbaijan/business/3855705.html},",
        "  urldate = {2026-11-25},",
        "  note = {Title is the opening of the lede; no headline known.}",
        "}",
        "",
        "@online{test2025test,",
        "  author = {{Test Outlet}},",
        "  title = {A test article},",
        "  date = {2025-02-25},",
        "  url = {https://example.org/a},",
        "  urldate = {2026-11-25},",
        "  note = {Year inferred (not printed in the article).}",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("escapes TeX and keeps keys unique", () => {
    expect(escapeTex("{ } \\ % & $ # _ ^ ~")).toBe(
      "\\{ \\} \\textbackslash{} \\% \\& \\$ \\# \\_ \\textasciicircum{} \\textasciitilde{}",
    );
    const hostileSource = {
      ...TREND,
      outlet: "R&D {News}",
      title: "50% of $ on line\nbreak",
      url: "https://x.org/a b{}",
    };
    const entry = citationsBibtex([hostileSource], ACCESSED);
    expect(entry).toContain("author = {{R\\&D \\{News\\}}},");
    expect(entry).toContain("title = {50\\% of \\$ on line break},");
    expect(entry).toContain("url = {https://x.org/a%20b%7B%7D},");
    const again = { ...TREND, id: "trend-c", title: "Azerbaijan, again" };
    const other = { ...TREND, id: "trend-d", outlet: "Türkiye Today", title: "The Middle Corridor" };
    const quoted = { ...TREND, id: "kaz", outlet: "«Kazinform»", title: "— On the route" };
    expect(bibKeys([TREND, again, again, other, quoted])).toEqual([
      "trend2024azerbaijan",
      "trend2024azerbaijanb",
      "trend2024azerbaijanc",
      "turkiye2024middle",
      "kazinform2024route",
    ]);
  });

  it("writes RIS records with CRLF", () => {
    const sources = citedSources(twoSources(), ALL);
    const ris = citationsRis(sources, ACCESSED);
    expect(ris.split("\r\n\r\n")[0]).toBe(
      [
        "TY  - NEWS",
        "AU  - Trend News Agency",
        "T2  - Trend News Agency",
        "PB  - Trend News Agency",
        "TI  - Azerbaijan and Kazakhstan have discussed the realization of joint projects",
        "DA  - 2024/01/31/",
        "PY  - 2024",
        "UR  - https://en.trend.az/azerbaijan/business/3855705.html",
        "Y2  - 2026/11/25/",
        "N1  - Title is the opening of the lede; no headline known.",
        "ER  - ",
      ].join("\r\n"),
    );
    expect(ris).toContain("\r\nN1  - Year inferred (not printed in the article).\r\nER  - \r\n");
    expect(ris.endsWith("ER  - \r\n")).toBe(true);
    expect(ris.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    expect(citationsRis([{ ...TREND, date: "2025", datePrecision: "year" }], ACCESSED)).toContain(
      "DA  - 2025///\r\nPY  - 2025\r\n",
    );
  });
});
