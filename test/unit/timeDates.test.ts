import { describe, expect, it } from "vitest";
import { addMonths, dayOf, isoOfDay, parseDate, shortIsoOfDay, today } from "../../src/time/dates.ts";

describe("dates as days", () => {
  it("counts a date from the first day it covers, for every precision", () => {
    expect(isoOfDay(dayOf("2017-10-30"))).toBe("2017-10-30");
    expect(isoOfDay(dayOf("2017-10"))).toBe("2017-10-01");
    expect(isoOfDay(dayOf("2017"))).toBe("2017-01-01");
    expect(parseDate("2012-12")?.precision).toBe("month");
    expect(parseDate("2012")?.precision).toBe("year");
    expect(parseDate("2012-12-22")?.precision).toBe("day");
  });

  it("refuses what is not a date on the calendar", () => {
    for (const bad of [
      "",
      "2019-13",
      "2019-02-30",
      "19-01",
      "2019-1",
      "2019-01-01T00:00",
      "x",
      "0999",
      "2019-00",
    ]) {
      expect(parseDate(bad), bad).toBeNull();
    }
    expect(Number.isNaN(dayOf("nope"))).toBe(true);
    expect(parseDate("2024-02-29")?.iso).toBe("2024-02-29");
  });

  it("moves by calendar months, keeping inside the month", () => {
    expect(isoOfDay(addMonths(dayOf("2019-01-31"), 1))).toBe("2019-02-28");
    expect(isoOfDay(addMonths(dayOf("2020-01-31"), 1))).toBe("2020-02-29");
    expect(isoOfDay(addMonths(dayOf("2019-03-15"), -3))).toBe("2018-12-15");
    expect(isoOfDay(addMonths(dayOf("2019-03-15"), 12))).toBe("2020-03-15");
  });

  it("writes a day as briefly as it can without losing it", () => {
    expect(shortIsoOfDay(dayOf("2016-06"))).toBe("2016-06");
    expect(shortIsoOfDay(dayOf("2016"))).toBe("2016");
    expect(shortIsoOfDay(dayOf("2016-06-05"))).toBe("2016-06-05");
  });

  it("takes today in the viewer's calendar", () => {
    expect(isoOfDay(today(new Date(2026, 11, 1, 23, 59)))).toBe("2026-12-01");
  });
});
