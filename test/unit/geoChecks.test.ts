import { describe, expect, it } from "vitest";
import { loadCountries } from "../../scripts/lib/countries.ts";
import { type CountryShape, checkSegmentGeometry } from "../../src/data/geoChecks.ts";
import type { Segment } from "../../src/data/schema.ts";

// Two 1°×1° countries side by side, with water to the east of both.
const square = (code: string, x: number): CountryShape => ({
  code,
  name: `Land ${code}`,
  polygons: [
    [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 1],
        [x, 0],
      ],
    ],
  ],
});
const COUNTRIES = [square("AA", 0), square("BB", 1)];

function segment(
  kind: Segment["kind"],
  countries: string[],
  waypoints: [number, number][],
): Segment & { file: string } {
  return {
    id: "s",
    name: "S",
    kind,
    status: "operational",
    order: 1,
    from: "a",
    to: "b",
    countries,
    role: "main",
    waypoints,
    facts: [],
    history: [],
    file: "data/segments/s.json",
  };
}

describe("geometry checks", () => {
  it("accepts a land line inside its declared countries", () => {
    expect(
      checkSegmentGeometry(
        [
          segment(
            "rail",
            ["AA", "BB"],
            [
              [0.2, 0.5],
              [1.8, 0.5],
            ],
          ),
        ],
        COUNTRIES,
      ),
    ).toEqual([]);
  });

  it("names a country a line crosses without declaring it", () => {
    const errors = checkSegmentGeometry(
      [
        segment(
          "rail",
          ["AA"],
          [
            [0.2, 0.5],
            [1.8, 0.5],
          ],
        ),
      ],
      COUNTRIES,
    );
    expect(errors).toEqual([
      {
        file: "data/segments/s.json",
        entry: '"s"',
        field: "waypoints",
        message: expect.stringMatching(
          /^crosses Land BB \(BB\) near 1\.\d\d, 0\.50, which its "countries" do not list$/,
        ),
      },
    ]);
  });

  it("forgives a land line that strays less than 5 km past a border", () => {
    // 0.03° ≈ 3.3 km into BB.
    expect(
      checkSegmentGeometry(
        [
          segment(
            "rail",
            ["AA"],
            [
              [0.2, 0.5],
              [1.03, 0.5],
            ],
          ),
        ],
        COUNTRIES,
      ),
    ).toEqual([]);
  });

  it("rejects a land line that leaves land", () => {
    const errors = checkSegmentGeometry(
      [
        segment(
          "rail",
          ["BB"],
          [
            [1.5, 0.5],
            [2.5, 0.5],
          ],
        ),
      ],
      COUNTRIES,
    );
    expect(errors[0]?.message).toMatch(
      /^leaves its countries \(BB\) near 2\.\d\d, 0\.50: a land line must stay on land$/,
    );
  });

  it("lets a sea line touch land only near its ends", () => {
    const ok = segment(
      "sea",
      ["BB"],
      [
        [1.9, 0.5],
        [3, 0.5],
      ],
    );
    expect(checkSegmentGeometry([ok], COUNTRIES)).toEqual([]);
    const overLand = segment(
      "fiber",
      ["AA", "BB"],
      [
        [-1, 0.5],
        [0.5, 0.5],
        [3, 0.5],
      ],
    );
    expect(checkSegmentGeometry([overLand], COUNTRIES)[0]?.message).toMatch(
      /^runs over land \(Land AA \(AA\)\) near /,
    );
  });

  it("on Natural Earth, catches a Baku–Tbilisi–Kars line drawn through Armenia", () => {
    const viaGyumri = segment(
      "rail",
      ["GE", "TR"],
      [
        [43.48, 41.4],
        [43.85, 40.8],
        [43.1, 40.6],
      ],
    );
    const errors = checkSegmentGeometry([viaGyumri], loadCountries());
    expect(errors.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/^crosses Armenia \(AM\) near /),
    );
  });
});
