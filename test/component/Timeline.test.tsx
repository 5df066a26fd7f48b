// The timeline, a segment's history and "what changed since", on the real data with a fake map:
// the slider moves by keys and the map is asked to draw that day; the URL holds the date.
import { act, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { loadCorridor } from "../../scripts/lib/loadCorridor.ts";
import { indexCorridor } from "../../src/data/corridor.ts";
import { ENGLISH } from "../../src/i18n/english.ts";
import { addMonths, dayOf, isoOfDay, today } from "../../src/time/dates.ts";
import { formatDate } from "../../src/ui/format.ts";
import { renderApp } from "./renderApp.tsx";

function realCorridor() {
  const r = loadCorridor(process.cwd());
  if (!r.ok) throw new Error("the real data does not load");
  return indexCorridor(r.corridor);
}

const slider = () =>
  within(screen.getByRole("region", { name: "Timeline" })).getByRole("slider", { name: "As of" });
const valueText = () => slider().getAttribute("aria-valuetext");

afterEach(() => window.history.replaceState(null, "", "#"));

describe("the timeline", () => {
  it("starts today, moves a month per arrow and a year with Shift, and the URL and the map follow", async () => {
    const { map } = await renderApp(realCorridor());
    const now = today();
    expect(valueText()).toBe(formatDate(isoOfDay(now), "day", ENGLISH.formats));
    expect(window.location.hash).not.toContain("date=");
    fireEvent.keyDown(slider(), { key: "ArrowLeft" });
    expect(Number(slider().getAttribute("aria-valuenow"))).toBe(addMonths(now, -1));
    fireEvent.keyDown(slider(), { key: "ArrowLeft", shiftKey: true });
    const day = addMonths(now, -13);
    expect(Number(slider().getAttribute("aria-valuenow"))).toBe(day);
    expect(window.location.hash).toContain(`date=${isoOfDay(day).replace(/-01$/, "")}`);
    // The map was asked to draw that day.
    expect(map.timeViews.at(-1)?.day).toBe(day);
    fireEvent.keyDown(slider(), { key: "Home" });
    // At the start (1 January of the first event's year) BTK, agreed in 2007, is not drawn yet.
    const first = map.timeViews.at(-1);
    expect(first?.statuses.get("btk-rail-marabda-kars")).toBeNull();
    expect([...(first?.statuses.values() ?? [])].filter((s) => s !== null).length).toBeLessThan(
      [...(first?.statuses.keys() ?? [])].length / 2,
    );
  });

  it("a segment's details show its status then and its dated history, the current event marked", async () => {
    window.history.replaceState(null, "", "#date=2016-06&seg=btk-rail-marabda-kars");
    await renderApp(realCorridor());
    const details = screen.getByRole("region", { name: "Segment details" });
    expect(valueText()).toBe("Jun 2016");
    const status = [...details.querySelectorAll(".details-meta > div")].find(
      (row) => row.querySelector("dt")?.textContent === "Status",
    );
    expect(status?.querySelector("dd")?.textContent).toBe(
      "Under construction as of Jun 2016; today Operational",
    );
    const items = within(within(details).getByRole("list", { name: "History" })).getAllByRole("listitem");
    const dates = items.map((li) => dayOf(li.querySelector("time")?.getAttribute("datetime") ?? ""));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    const current = items.filter((li) => li.getAttribute("aria-current") === "date");
    expect(current.map((li) => li.textContent)).toEqual([expect.stringContaining("Construction began")]);
    expect(items.find((li) => li.textContent?.includes("Opened"))?.textContent).toContain("(later)");
  });

  it("what changed since a date: a sourced list by segment, the map marks them, Close clears it", async () => {
    window.history.replaceState(null, "", "#since=2025-01-01");
    const { map } = await renderApp(realCorridor());
    const panel = screen.getByRole("region", { name: "What changed" });
    expect(panel.textContent).toContain("What changed since 1 Jan 2025");
    const dostyk = within(panel).getByRole("button", { name: /^Kazakhstan rail: Dostyk/ });
    const group = dostyk.closest("li") as HTMLElement;
    expect(group.textContent).toContain("Second track");
    expect(within(group).getAllByRole("link", { name: /^source/ }).length).toBeGreaterThan(0);
    expect(map.changed).toContain("kz-rail-dostyk-beyneu");
    // Nothing from before the date is listed.
    for (const t of panel.querySelectorAll(".change-events time"))
      expect(dayOf(t.getAttribute("datetime") ?? "")).toBeGreaterThanOrEqual(dayOf("2025-01-01"));
    fireEvent.click(within(panel).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("region", { name: "What changed" })).toBeNull();
    expect(map.changed).toEqual([]);
    expect(window.location.hash).not.toContain("since=");
  });

  it("asks for the changes since a date typed under the timeline, and refuses a non-date", async () => {
    await renderApp(realCorridor());
    fireEvent.click(screen.getByRole("button", { name: "Changes since…" }));
    const field = screen.getByLabelText("Changes since");
    fireEvent.submit(field.closest("form") as HTMLFormElement);
    expect(screen.getByRole("alert").textContent).toBe("Give a date as YYYY-MM-DD, YYYY-MM or YYYY.");
    expect(screen.queryByRole("region", { name: "What changed" })).toBeNull();
    fireEvent.change(field, { target: { value: "2024-05-01" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Show" }));
    });
    expect(screen.getByRole("region", { name: "What changed" }).textContent).toContain("1 May 2024");
    expect(window.location.hash).toContain("since=2024-05-01");
  });
});
