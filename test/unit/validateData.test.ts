import { describe, expect, it } from "vitest";
import { validateData } from "../../src/data/validateData.ts";
import { fixtureErrors, fixtureRaw } from "../fixtures/corridorFixture.ts";

type Mutable = Record<string, unknown> & {
  nodes?: Record<string, unknown>[];
  annotations?: Record<string, unknown>[];
};
const content = (f: { content: unknown }) => f.content as Mutable;

const errorsOf = fixtureErrors;

describe("validateData", () => {
  it("accepts valid data and drops the promotional line from the text", () => {
    const r = validateData(fixtureRaw());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.segments.map((s) => s.id)).toEqual(["rail-a", "fiber-a"]);
    expect(r.data.sources[0]?.text).not.toContain("Stay up-to-date");
    expect(r.data.sources[0]?.text).toContain("The railway from Aktau");
  });

  it("names file, entry and field for a missing field", () => {
    const errs = errorsOf((raw) => {
      delete content(raw.segments[0]!).kind;
    });
    expect(errs).toEqual([
      expect.stringMatching(/^data\/segments\/rail-a\.json, entry "rail-a", field "kind": is missing/),
    ]);
  });

  it("rejects a value outside an enum and lists the allowed ones", () => {
    const errs = errorsOf((raw) => {
      content(raw.segments[0]!).status = "finished";
    });
    expect(errs[0]).toMatch(/field "status": must be one of "operational", "under-construction"/);
  });

  it("rejects a bad date, naming the source file", () => {
    const errs = errorsOf((raw) => {
      content(raw.sources[0]!).date = "2025-02-30";
    });
    expect(errs[0]).toMatch(/^data\/sources\/src-a\.json, entry "src-a", field "date": must be an ISO date/);
  });

  it("rejects an unknown segment id in an annotation", () => {
    const errs = errorsOf((raw) => {
      content(raw.annotations[0]!).annotations![0]!.segments = ["rail-zz"];
    });
    expect(errs).toContain(
      'data/annotations/src-a.json, entry "a-rail", field "segments.0": unknown segment id "rail-zz" (see data/segments/); did you mean "rail-a"?',
    );
  });

  it("rejects a quote that is not in the source", () => {
    const errs = errorsOf((raw) => {
      content(raw.annotations[0]!).annotations![0]!.quotes = ["The railway was closed."];
    });
    expect(errs[0]).toMatch(/entry "a-rail", field "quotes\.0": quote not found verbatim in src-a\.txt/);
  });

  it("accepts a quote that differs from the source only by whitespace", () => {
    const errs = errorsOf((raw) => {
      content(raw.annotations[0]!).annotations![0]!.quotes = [
        "The railway  from Aktau\nto the border is being upgraded.",
      ];
    });
    expect(errs).toEqual([]);
  });

  it("rejects a quote that sits only in the omitted promotional line", () => {
    const errs = errorsOf((raw) => {
      content(raw.annotations[0]!).annotations![0]!.quotes = ["Stay up-to-date"];
    });
    expect(errs[0]).toMatch(/quote not found verbatim/);
  });

  it("rejects duplicate ids across files", () => {
    const errs = errorsOf((raw) => {
      content(raw.segments[1]!).id = "rail-a";
    });
    expect(errs.some((e) => /id "rail-a" is already used in data\/segments\/rail-a\.json/.test(e))).toBe(
      true,
    );
  });

  it("rejects an unknown node at a segment's end", () => {
    const errs = errorsOf((raw) => {
      content(raw.segments[0]!).to = "atlantis";
    });
    expect(errs).toContain(
      'data/segments/rail-a.json, entry "rail-a", field "to": unknown node id "atlantis" (see data/nodes.json)',
    );
  });

  it("names a node by its id and the bad field", () => {
    const errs = errorsOf((raw) => {
      content(raw.nodes).nodes![1]!.coordinates = [200, 45];
    });
    expect(errs[0]).toMatch(/^data\/nodes\.json, entry "beyneu", field "coordinates\.0": /);
  });

  it("rejects a misspelt field", () => {
    const errs = errorsOf((raw) => {
      content(raw.segments[0]!).colour = "red";
    });
    expect(errs[0]).toMatch(/entry "rail-a", field "\(entry\)": has unknown field\(s\) "colour"/);
  });

  it("rejects a segment without any annotation", () => {
    const errs = errorsOf((raw) => {
      const file = content(raw.annotations[0]!);
      file.annotations = file.annotations!.filter((a) => !(a.segments as string[]).includes("rail-a"));
    });
    expect(errs).toContain(
      'data/segments/rail-a.json, entry "rail-a", field "id": segment has no annotation: add one in data/annotations/ that names it under segments',
    );
  });

  it("rejects ids that are not kebab-case", () => {
    const errs = errorsOf((raw) => {
      content(raw.segments[0]!).id = "Rail_A";
    });
    expect(errs[0]).toMatch(/field "id": must be kebab-case/);
  });

  it("rejects a source whose text file is missing", () => {
    const errs = errorsOf((raw) => {
      raw.texts = {};
    });
    expect(errs[0]).toMatch(/field "textFile": data\/sources\/src-a\.txt does not exist/);
  });
});

describe("validateData, segment ends", () => {
  it("rejects a line that does not start at its from node", () => {
    const errs = errorsOf((raw) => {
      (content(raw.segments[0]!).waypoints as number[][])[0] = [55.2, 45.3];
    });
    expect(errs).toContain(
      'data/segments/rail-a.json, entry "rail-a", field "waypoints.0": must equal the coordinates of its "from" node beyneu (55.19, 45.32), not 55.2, 45.3',
    );
  });

  it("rejects a file not named after its id", () => {
    const errs = errorsOf((raw) => {
      raw.segments[0]!.file = "data/segments/rail.json";
    });
    expect(errs).toContain(
      'data/segments/rail.json, entry "rail-a", field "id": the file must be named after the id: rail-a.json',
    );
  });
});

describe("validateData, tour", () => {
  it("names the step whose target does not exist", () => {
    const errs = errorsOf((raw) => {
      raw.tour = {
        file: "data/tour.json",
        content: {
          steps: [
            { target: { type: "overview" }, title: "Start" },
            { target: { type: "segment", id: "nope" }, title: "X" },
          ],
        },
      };
    });
    expect(errs).toEqual(['data/tour.json, entry step 2, field "target.id": unknown segment id "nope"']);
  });

  it("names a step with a missing title", () => {
    const errs = errorsOf((raw) => {
      raw.tour = { file: "data/tour.json", content: { steps: [{ target: { type: "overview" } }] } };
    });
    expect(errs).toEqual(['data/tour.json, entry step 1, field "title": is missing']);
  });
});

describe("validateData, links to sources are http(s) only", () => {
  it.each([
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//example.org/a",
    "https://",
    "example.org/a",
  ])("refuses %j as a source url, naming file, entry and field", (url) => {
    const errs = errorsOf((raw) => {
      content(raw.sources[0]!).url = url;
    });
    // First the refusal itself; what follows is the annotations file losing its source.
    expect(errs[0]).toMatch(
      /^data\/sources\/src-a\.json, entry "src-a", field "url": must be an http\(s\) URL .*javascript:, data: and other addresses are refused/,
    );
  });

  it("refuses them in republished copies and in the references of facts too", () => {
    const errs = errorsOf((raw) => {
      content(raw.sources[0]!).republished = [
        { outlet: "Elsewhere", title: "Copy", date: "2025-02-26", url: "data:text/html,hi" },
      ];
      (content(raw.segments[0]!).facts as { ref: { url?: string } }[])[1]!.ref.url = "\tjavascript:alert(1)";
    });
    expect(errs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^data\/sources\/src-a\.json, entry "src-a", field "republished\.0\.url": must be an http\(s\) URL/,
        ),
        expect.stringMatching(
          /^data\/segments\/rail-a\.json, entry "rail-a", field "facts\.1\.ref\.url": must be an http\(s\) URL/,
        ),
      ]),
    );
  });

  it("accepts http and https addresses", () => {
    for (const url of ["https://example.org/a?b=c#d", "http://example.org/"]) {
      expect(
        errorsOf((raw) => {
          content(raw.sources[0]!).url = url;
        }),
      ).toEqual([]);
    }
  });
});
