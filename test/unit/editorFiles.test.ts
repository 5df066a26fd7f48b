// The editor's pure core (src/editor/): ids, quotes taken from a selection, the three files a
// draft becomes, and the data check on a draft, against the repository's own data and checks.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCorridor } from "../../scripts/lib/loadCorridor.ts";
import { readDataDir } from "../../scripts/lib/readData.ts";
import { articleText, normalizeWhitespace } from "../../src/data/sourceText.ts";
import { validateData } from "../../src/data/validateData.ts";
import { checkDraft, errorsAt } from "../../src/editor/checkDraft.ts";
import { type Draft, emptyAnnotation } from "../../src/editor/draft.ts";
import { draftFiles, draftFromFiles } from "../../src/editor/draftFiles.ts";
import { formatJson } from "../../src/editor/formatJson.ts";
import { proposeId, uniqueId } from "../../src/editor/proposeId.ts";
import { quoteFromSelection } from "../../src/editor/quoteFromSelection.ts";

const root = process.cwd();
const read = (path: string) => readFileSync(join(root, path), "utf8");
const sourceIds = readdirSync(join(root, "data/sources"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""));
const existing = (id: string) =>
  draftFromFiles(
    read(`data/sources/${id}.txt`),
    JSON.parse(read(`data/sources/${id}.json`)),
    JSON.parse(read(`data/annotations/${id}.json`)),
  );

/** Biome's own formatting of a JSON text, as `npm run lint` wants it. */
function biomeFormat(text: string): string {
  return execFileSync(join(root, "node_modules/.bin/biome"), ["format", "--stdin-file-path=draft.json"], {
    input: text,
    encoding: "utf8",
  });
}

const ARTICLE = [
  "ASTANA, Kazakhstan, March 4. Kazakhstan and Azerbaijan signed an agreement on the “digital",
  "corridor” along the Caspian  seabed, said the minister.",
  "",
  "The line will run from Aktau to Sumgait.",
  "Follow us on our channel",
].join("\n");

function newDraft(): Draft {
  return {
    text: ARTICLE,
    omitLines: ["Follow us on our channel"],
    meta: {
      id: "trend-2025-03-04-digital-corridor",
      outlet: "Trend News Agency",
      title: "Kazakhstan and Azerbaijan signed an agreement on the digital corridor",
      titleKind: "lede",
      date: "2025-03-04",
      datePrecision: "day",
      dateInferred: false,
      dateNote: "",
      dateline: "ASTANA, Kazakhstan, March 4",
      url: "https://en.trend.az/business/1.html",
      language: "en",
      republished: [],
    },
    annotations: [
      {
        ...emptyAnnotation("t25-digital-corridor-fiber"),
        segments: ["caspian-fiber-aktau-sumgait"],
        nodes: ["aktau-port", "sumgait"],
        topic: "telecom",
        summary: "The two countries signed an agreement on a Caspian seabed fibre line.",
        quotes: ["The line will run from Aktau to Sumgait."],
      },
    ],
  };
}

describe("proposeId and uniqueId", () => {
  it("makes ids in the shape of the existing ones", () => {
    expect(proposeId("Trend News Agency", "2025-03-04", "The Fibre-Optic Agreement is signed")).toBe(
      "trend-2025-03-04-fibre-optic-agreement-signed",
    );
    expect(proposeId("Kazinform", "2024-05", "Aktau port: 5 new berths")).toBe(
      "kazinform-2024-05-aktau-port-5-new",
    );
  });

  it("drops accents and letters outside a–z, and never gives an empty id", () => {
    expect(proposeId("Azərbaycan Dəmir Yolları", "2024", "Bakı–Tbilisi–Qars: ilk qatar")).toBe(
      "azerbaycan-2024-baki-tbilisi-qars-ilk",
    );
    expect(proposeId("İstanbul Ticaret", "2024-11-02", "Ölçü: İlk Gemi")).toBe(
      "istanbul-2024-11-02-olcu-ilk-gemi",
    );
    expect(proposeId("", "", "Казахстан")).toBe("source");
    expect(proposeId("", "not a date", "")).toBe("source");
  });

  it("every proposal is kebab-case", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (o, d, t) => {
        expect(proposeId(o, d, t)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }),
    );
  });

  it("uniqueId adds the first free number", () => {
    expect(uniqueId("a", new Set())).toBe("a");
    expect(uniqueId("a", new Set(["a", "a-2"]))).toBe("a-3");
  });
});

describe("quoteFromSelection", () => {
  const shown = articleText(ARTICLE, ["Follow us on our channel"]);

  it("takes the selection verbatim, trimmed, in either direction", () => {
    const start = shown.indexOf(" signed");
    const end = shown.indexOf("Caspian") + "Caspian".length;
    expect(quoteFromSelection(shown, end + 1, start)).toBe(
      "signed an agreement on the “digital\ncorridor” along the Caspian",
    );
    expect(quoteFromSelection(shown, shown.indexOf("\n\n"), shown.indexOf("\n\n") + 2)).toBeNull();
    expect(quoteFromSelection(shown, -5, 10_000)).toBe(shown.trim());
  });

  it("never splits a character outside the basic plane", () => {
    const text = "Port 🚢 opened";
    const ship = text.indexOf("🚢");
    expect(quoteFromSelection(text, ship + 1, text.length)).toBe("🚢 opened");
    expect(quoteFromSelection(text, 0, ship + 1)).toBe("Port 🚢");
  });

  it("any quote it takes passes the data check's verbatim test", () => {
    const chars = fc.constantFrom("a", "B", " ", "\n", "\t", "\u00a0", "“", "”", "'", "—", ".", "\r\n");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), fc.nat(80), fc.nat(80), (parts, s, e) => {
        const text = parts.join("");
        const q = quoteFromSelection(text, s, e);
        if (q !== null) expect(normalizeWhitespace(text).includes(normalizeWhitespace(q))).toBe(true);
      }),
    );
  });
});

describe("draftFiles", () => {
  it.each(sourceIds)("writes %s back byte for byte as the repository keeps it", (id) => {
    const files = draftFiles(existing(id));
    expect(files.text).toEqual({ path: `data/sources/${id}.txt`, content: read(`data/sources/${id}.txt`) });
    expect(files.source).toEqual({
      path: `data/sources/${id}.json`,
      content: read(`data/sources/${id}.json`),
    });
    expect(files.annotations).toEqual({
      path: `data/annotations/${id}.json`,
      content: read(`data/annotations/${id}.json`),
    });
  });

  it("formats JSON as Biome does, long lists broken and short ones on one line", () => {
    const draft = newDraft();
    draft.meta.republished = [{ outlet: "MENAFN", title: "Digital corridor", date: "2025-03-05" }];
    draft.annotations.push({
      ...emptyAnnotation("x"),
      corridor: true,
      segments: ["kz-rail-dostyk-beyneu", "kz-rail-moyynty-kyzylzhar", "kz-rail-altynkol-saksaulskaya", "a"],
      nodes: ["kz-rail-dostyk-beyneu", "kz-rail-moyynty-kyzylzhar", "kz-rail-altynkol-saksau"],
      quotes: ['“quoted” \\ "straight"\nnext line', "Ş ı 🚢"],
    });
    const files = draftFiles(draft);
    for (const f of [files.source, files.annotations]) expect(f.content).toBe(biomeFormat(f.content));
    const small = formatJson({ a: [], b: {}, c: [1, null, true] });
    expect(small).toBe('{\n  "a": [],\n  "b": {},\n  "c": [1, null, true]\n}\n');
    expect(small).toBe(biomeFormat(small));
    // The line-width edge: `  "list": ["x…x"],` is n + 15 columns, so 95 ends at exactly 110.
    for (const n of [94, 95, 96]) {
      const text = formatJson({ list: ["x".repeat(n)], next: 1 });
      expect(text).toBe(biomeFormat(text));
    }
  });

  it("leaves empty optional fields out and names the text file after the id", () => {
    const draft = newDraft();
    const source = JSON.parse(draftFiles(draft).source.content);
    expect(source.textFile).toBe("trend-2025-03-04-digital-corridor.txt");
    expect("dateNote" in source).toBe(false);
    draft.meta.url = "";
    expect("url" in JSON.parse(draftFiles(draft).source.content)).toBe(false);
    const a = JSON.parse(draftFiles(draft).annotations.content).annotations[0];
    expect(Object.keys(a)).toEqual(["id", "segments", "nodes", "topic", "summary", "quotes"]);
  });

  it("what it writes is what the data loader reads", () => {
    const draft = newDraft();
    const files = draftFiles(draft);
    const { raw } = readDataDir(root);
    raw.sources.push({ file: files.source.path, content: JSON.parse(files.source.content) });
    raw.annotations.push({ file: files.annotations.path, content: JSON.parse(files.annotations.content) });
    raw.texts[`${draft.meta.id}.txt`] = files.text.content;
    const result = validateData(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const source = result.data.sources.find((s) => s.id === draft.meta.id);
    expect(source?.text).toBe(articleText(ARTICLE, draft.omitLines));
    expect(source?.outlet).toBe(draft.meta.outlet);
    const annotation = result.data.annotations.find((a) => a.id === "t25-digital-corridor-fiber");
    expect(annotation).toMatchObject({ ...draft.annotations[0], source: draft.meta.id });
  });
});

describe("checkDraft", () => {
  const current = readDataDir(root).raw;

  it("passes a good draft and every existing source as its own edit", () => {
    expect(checkDraft(newDraft(), current)).toEqual([]);
    for (const id of sourceIds) expect(checkDraft(existing(id), current, { replaces: id })).toEqual([]);
  });

  it("reports what check:data reports, by file, entry and field", () => {
    const draft = newDraft();
    draft.meta.url = "javascript:alert(1)";
    draft.meta.date = "2025-02-30";
    const a = draft.annotations[0]!;
    a.quotes = ["The line will run from Aktau to Baku."];
    a.segments = ["caspian-fibre-aktau-sumgait"];
    a.topic = "";
    const errors = checkDraft(draft, current);
    const source = "data/sources/trend-2025-03-04-digital-corridor.json";
    const annotations = "data/annotations/trend-2025-03-04-digital-corridor.json";
    expect(errorsAt(errors, source, undefined, "url")).toHaveLength(1);
    expect(errorsAt(errors, source, undefined, "date")[0]?.message).toMatch(/real day/);
    // A schema error in the annotation file stops its cross-file checks, as in check:data.
    expect(errorsAt(errors, annotations, '"t25-digital-corridor-fiber"', "topic")[0]?.message).toMatch(
      /must be one of/,
    );
    a.topic = "telecom";
    draft.meta.url = "https://en.trend.az/business/1.html";
    draft.meta.date = "2025-03-04";
    const cross = checkDraft(draft, current);
    expect(errorsAt(cross, annotations, '"t25-digital-corridor-fiber"', "quotes")[0]?.message).toMatch(
      /not found verbatim/,
    );
    expect(errorsAt(cross, annotations, undefined, "segments.0")[0]?.message).toMatch(
      /did you mean "caspian-fiber-aktau-sumgait"/,
    );
  });

  it("gives exactly the errors check:data gives once the files are written", () => {
    // An annotation id that is already used, in a file that sorts before the one using it: the
    // check names the later file, as check:data does with the files in name order.
    const draft = newDraft();
    draft.meta.id = "aaa-2025-03-04-duplicate";
    draft.annotations[0]!.id = "t25-customs-overview";
    draft.annotations[0]!.quotes.push("Not in the text.");
    const errors = checkDraft(draft, current);
    expect(errors.length).toBe(2);
    const copy = mkdtempSync(join(tmpdir(), "check-draft-"));
    try {
      cpSync(join(root, "data"), join(copy, "data"), { recursive: true });
      for (const f of Object.values(draftFiles(draft))) writeFileSync(join(copy, f.path), f.content);
      const load = loadCorridor(copy);
      expect(load.ok ? [] : load.errors).toEqual(errors);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it("refuses an id already used, unless it is the source being edited", () => {
    const id = sourceIds[0]!;
    const copy = existing(id);
    expect(checkDraft(copy, current, { replaces: id })).toEqual([]);
    const renamed = { ...copy, meta: { ...copy.meta, id: "another-id" } };
    expect(
      checkDraft(renamed, current)
        .map((e) => e.message)
        .join("\n"),
    ).toMatch(/already used/);
    expect(checkDraft(renamed, current, { replaces: id })).toEqual([]);
  });
});
