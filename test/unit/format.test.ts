import { describe, expect, it } from "vitest";
import { ENGLISH } from "../../src/i18n/english.ts";
import { countryName, formatSourceDate, isSafeHttpUrl } from "../../src/ui/format.ts";

const EN = ENGLISH.formats;

describe("formatSourceDate", () => {
  it("writes a day date", () => {
    expect(formatSourceDate({ date: "2024-01-31", datePrecision: "day", dateInferred: false }, EN)).toBe(
      "31 Jan 2024",
    );
  });
  it("says when the year is inferred", () => {
    expect(formatSourceDate({ date: "2025-02-25", datePrecision: "day", dateInferred: true }, EN)).toBe(
      "25 Feb 2025 (year inferred)",
    );
  });
  it("writes month and year precision", () => {
    expect(formatSourceDate({ date: "2025-02", datePrecision: "month", dateInferred: false }, EN)).toBe(
      "Feb 2025",
    );
    expect(formatSourceDate({ date: "2025", datePrecision: "year", dateInferred: false }, EN)).toBe("2025");
  });
});

describe("isSafeHttpUrl", () => {
  it.each([
    ["https://en.trend.az/business/4010269.html", true],
    ["http://example.org", true],
    ["javascript:alert(1)", false],
    ["data:text/html,hi", false],
    ["//evil.example", false],
    ["", false],
  ])("%s → %s", (url, ok) => {
    expect(isSafeHttpUrl(url)).toBe(ok);
  });
});

describe("countryName", () => {
  it("names the corridor's countries the same in every engine, others by Intl", () => {
    expect(countryName("TR")).toBe("Türkiye");
    expect(["GE", "AZ", "KZ", "CN"].map(countryName)).toEqual([
      "Georgia",
      "Azerbaijan",
      "Kazakhstan",
      "China",
    ]);
    expect(countryName("FR")).toBe("France");
  });
});
