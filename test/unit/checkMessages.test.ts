// What `npm run check:data` tells an author: optional fields that default, the nearest known ids
// for an unknown one, and the line and column of a JSON syntax error.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readDataDir } from "../../scripts/lib/readData.ts";
import { summaryWarnings } from "../../src/data/checks/nameChecks.ts";
import { formatDataError } from "../../src/data/dataErrors.ts";
import { validateData } from "../../src/data/validateData.ts";
import { fixtureErrors, fixtureRaw } from "../fixtures/corridorFixture.ts";

type Entry = Record<string, unknown>;
const content = (f: { content: unknown }) => f.content as Entry & { annotations?: Entry[]; nodes?: Entry[] };

const errorsOf = fixtureErrors;

describe("dateInferred", () => {
  it("may be left out, and then is false", () => {
    const raw = fixtureRaw();
    delete content(raw.sources[0]!).dateInferred;
    delete content(raw.sources[0]!).dateNote;
    const r = validateData(raw);
    expect(r.ok ? [] : r.errors.map(formatDataError)).toEqual([]);
    if (r.ok) expect(r.data.sources[0]?.dateInferred).toBe(false);
  });

  it("must still be true or false when given", () => {
    const errs = errorsOf((raw) => {
      content(raw.sources[0]!).dateInferred = "yes";
    });
    expect(errs[0]).toMatch(/^data\/sources\/src-a\.json, entry "src-a", field "dateInferred": /);
  });
});

describe("unknown ids suggest the nearest known ones", () => {
  it("for a segment named by an annotation", () => {
    const errs = errorsOf((raw) => {
      content(raw.annotations[0]!).annotations![0]!.segments = ["rail-b"];
    });
    expect(errs).toEqual([
      'data/annotations/src-a.json, entry "a-rail", field "segments.0": unknown segment id "rail-b" (see data/segments/); did you mean "rail-a"?',
    ]);
  });

  it("for a place named by an annotation and at a segment's end", () => {
    const errs = errorsOf((raw) => {
      content(raw.annotations[0]!).annotations![2]!.nodes = ["aktua"];
      content(raw.segments[0]!).from = "beneu";
    });
    expect(errs).toEqual([
      'data/segments/rail-a.json, entry "rail-a", field "from": unknown node id "beneu" (see data/nodes.json); did you mean "beyneu"?',
      'data/annotations/src-a.json, entry "a-fiber", field "nodes.0": unknown node id "aktua" (see data/nodes.json); did you mean "aktau"?',
    ]);
  });

  it("for a tour step, listing several when several are as near", () => {
    const errs = errorsOf((raw) => {
      content(raw.nodes).nodes!.push({
        id: "alaa",
        name: "Alaa",
        kind: "city",
        country: "AZ",
        coordinates: [49, 40],
      });
      raw.tour = {
        file: "data/tour.json",
        content: { steps: [{ target: { type: "node", id: "alat-x" }, title: "X" }] },
      };
    });
    expect(errs).toEqual([
      'data/tour.json, entry step 1, field "target.id": unknown node id "alat-x"; did you mean "alat"?',
    ]);
    const two = errorsOf((raw) => {
      content(raw.nodes).nodes!.push({
        id: "alab",
        name: "B",
        kind: "city",
        country: "AZ",
        coordinates: [49, 40],
      });
      raw.tour = {
        file: "data/tour.json",
        content: { steps: [{ target: { type: "node", id: "alax" }, title: "X" }] },
      };
    });
    expect(two).toEqual([
      'data/tour.json, entry step 1, field "target.id": unknown node id "alax"; did you mean "alab" or "alat"?',
    ]);
  });

  it("for a route step, naming which of From, To and the places on the way is unknown", () => {
    const errs = errorsOf((raw) => {
      raw.tour = {
        file: "data/tour.json",
        content: {
          steps: [
            { target: { type: "route", from: "alat", to: "aktua", via: ["beyneu", "atlantis"] }, title: "X" },
          ],
        },
      };
    });
    expect(errs).toEqual([
      'data/tour.json, entry step 1, field "target.to": unknown place id "aktua"; did you mean "aktau"?',
      'data/tour.json, entry step 1, field "target.via.1": unknown place id "atlantis"',
    ]);
  });

  it("and suggests nothing when no known id is near", () => {
    const errs = errorsOf((raw) => {
      content(raw.segments[0]!).to = "atlantis";
    });
    expect(errs).toEqual([
      'data/segments/rail-a.json, entry "rail-a", field "to": unknown node id "atlantis" (see data/nodes.json)',
    ]);
  });
});

describe("a JSON syntax error", () => {
  let root = "";
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  function readWith(files: Record<string, string>) {
    root = mkdtempSync(join(tmpdir(), "check-data-"));
    for (const dir of ["data/sources", "data/segments", "data/annotations"]) {
      mkdirSync(join(root, dir), { recursive: true });
    }
    for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
    return readDataDir(root).errors.map(formatDataError);
  }

  it("names the file, line and column, and what is wrong there", () => {
    const nodes = '{\n  "nodes": [\n    { "id": "aktau", },\n  ]\n}\n';
    expect(readWith({ "data/nodes.json": nodes })).toEqual([
      "data/nodes.json: is not valid JSON at line 3, column 22: Expected double-quoted property name",
    ]);
  });

  it("also where JSON.parse gives no position, and at the end of a cut-off file", () => {
    const segment = '{\n  "id": "x",\n  "waypoints": [1, 2,]\n}\n';
    const cut = '{\n  "source": "a",\n  "annotations": [\n';
    expect(
      readWith({
        "data/nodes.json": '{ "nodes": [] }',
        "data/segments/x.json": segment,
        "data/annotations/a.json": cut,
      }),
    ).toEqual([
      "data/segments/x.json: is not valid JSON at line 3, column 22: Unexpected token ']'",
      "data/annotations/a.json: is not valid JSON at line 4, column 1: Unexpected end of JSON input",
    ]);
  });
});

describe("names in every language", () => {
  it("a place or segment without its name in a language of the registry is an error naming it", () => {
    const errs = errorsOf((raw) => {
      const aktau = content(raw.nodes).nodes![0]!;
      aktau.names = { tr: "Aktav", az: "Aktau", kk: "Ақтау", zh: "阿克套" };
      content(raw.segments[1]!).names = { ru: "Оптоволокно", tr: "Fiber", az: "", kk: "Талшық", zh: "光缆" };
    });
    expect(errs).toEqual([
      'data/segments/fiber-a.json, entry "fiber-a", field "names.az": is empty: fill it in',
      'data/nodes.json, entry "aktau", field "names.ru": is missing: every place needs its name in Русский (ru), as in every language of src/i18n/languages.ts',
    ]);
  });

  it("a segment with no names at all gets one message per language; an unknown language is a misspelling", () => {
    const raw = fixtureRaw();
    delete content(raw.segments[0]!).names;
    (content(raw.nodes).nodes![1]!.names as Entry).de = "Beyneu";
    const r = validateData(raw);
    const errs = r.ok ? [] : r.errors.map(formatDataError);
    expect(errs).toEqual([
      'data/nodes.json, entry "beyneu", field "names": has unknown field(s) "de": check the spelling',
      ...["ru", "tr", "az", "kk", "zh"].map((l) =>
        expect.stringMatching(
          new RegExp(
            `^data/segments/rail-a\\.json, entry "rail-a", field "names\\.${l}": is missing: every segment`,
          ),
        ),
      ),
    ]);
  });
});

describe("summaries in other languages", () => {
  it("are optional: an untranslated summary is a warning, not an error, listed by language", () => {
    const raw = fixtureRaw();
    const r = validateData(raw);
    expect(r.ok ? [] : r.errors.map(formatDataError)).toEqual([]);
    if (!r.ok) return;
    expect(summaryWarnings(r.data.annotations).map(formatDataError)).toEqual([
      'data/annotations/src-a.json, entry "a-rail", field "summaries": no translation of the summary in tr, az, kk, zh: shown in English there',
      'data/annotations/src-a.json, entry "a-rail-customs", field "summaries": no translation of the summary in ru, tr, az, kk, zh: shown in English there',
      'data/annotations/src-a.json, entry "a-fiber", field "summaries": no translation of the summary in ru, tr, az, kk, zh: shown in English there',
    ]);
  });

  it("a translation must not be empty, and only the registry's languages are taken", () => {
    const errs = errorsOf((raw) => {
      content(raw.annotations[0]!).annotations![0]!.summaries = { ru: "", fr: "Améliorée." };
    });
    // (The file then fails its schema, so its segments also read as unannotated: not asserted here.)
    expect(errs.filter((e) => e.startsWith("data/annotations/"))).toEqual([
      'data/annotations/src-a.json, entry "a-rail", field "summaries.ru": is empty: fill it in',
      'data/annotations/src-a.json, entry "a-rail", field "summaries": has unknown field(s) "fr": check the spelling',
    ]);
  });
});
