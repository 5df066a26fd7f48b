// Annotation filters belong to a selection (issue 11): on a new selection a filter is kept only
// if the new segment or place offers that option, and the selects always show the filter in force.
// On the real data, with the example from the issue.
import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { loadCorridor } from "../../scripts/lib/loadCorridor.ts";
import { indexCorridor } from "../../src/data/corridor.ts";
import { renderApp } from "./renderApp.tsx";

function realCorridor() {
  const r = loadCorridor(process.cwd());
  if (!r.ok) throw new Error("the real data does not load");
  return indexCorridor(r.corridor);
}

const list = () => screen.getByRole("navigation", { name: "Segments" });
const details = () => screen.getByRole("region", { name: "Segment details" });
const choose = (name: string) =>
  fireEvent.click(within(list()).getByRole("button", { name: new RegExp(`^${name}`) }));
const select = (name: "Topic" | "Source") =>
  within(details()).getByRole<HTMLSelectElement>("combobox", { name });
/** What the select shows: the text of its selected option. */
const shown = (el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? "(nothing)";

const FIBRE = "Trans-Caspian fibre-optic cable: Aktau – Sumgait";
const HALKALI = "Türkiye rail: Halkalı – Kapıkule";
const POWER = "Caspian green-energy power cable";

describe("annotation filters follow the selection", () => {
  it("a topic the new segment does not have is reset, and the panel shows its annotations", async () => {
    await renderApp(realCorridor());
    choose(FIBRE);
    fireEvent.change(select("Topic"), { target: { value: "telecom" } });
    expect(details().querySelectorAll("article.annotation")).toHaveLength(1);
    choose(HALKALI);
    expect(within(details()).getByRole("heading", { level: 2 }).textContent).toBe(HALKALI);
    expect(details().textContent).not.toContain("No annotation matches these filters");
    expect(details().querySelectorAll("article.annotation")).toHaveLength(1);
    // One annotation, nothing to filter: no selects, and none would show a filter not in force.
    expect(within(details()).queryByRole("combobox", { name: "Topic" })).toBeNull();
    // Back on the fibre, the filter is not in force any more either.
    choose(FIBRE);
    expect(shown(select("Topic"))).toBe("all");
    expect(details().querySelectorAll("article.annotation")).toHaveLength(2);
  });

  it("a topic the new segment has is kept, and its select shows it", async () => {
    await renderApp(realCorridor());
    choose(FIBRE);
    fireEvent.change(select("Topic"), { target: { value: "diplomacy" } });
    choose(POWER);
    expect(shown(select("Topic"))).toBe("diplomacy");
    const topics = [...details().querySelectorAll(".annotation-topic")].map((t) => t.textContent);
    expect(topics).toEqual(["diplomacy"]);
    expect(
      within(details()).getByRole("heading", { level: 3, name: /What the sources say/ }).textContent,
    ).toMatch(/\(1 of 2\)/);
  });

  it("each filter is judged on its own: the topic goes, the source stays", async () => {
    await renderApp(realCorridor());
    choose("Caspian Sea: Aktau – Alat");
    const source2024 = [...select("Source").options].find((o) => o.textContent?.includes("2024"))?.value;
    expect(source2024).toMatch(/^trend-2024/);
    fireEvent.change(select("Topic"), { target: { value: "customs" } });
    fireEvent.change(select("Source"), { target: { value: source2024 } });
    // No customs annotation from 2024 here: an honest "none", with both filters in view.
    expect(details().textContent).toContain("No annotation matches these filters");
    expect(shown(select("Topic"))).toBe("customs");
    expect(shown(select("Source"))).toMatch(/2024/);
    choose("Azerbaijan rail");
    // This line has no customs annotation but one from the 2024 source: the topic resets alone.
    expect(shown(select("Topic"))).toBe("all");
    expect(shown(select("Source"))).toMatch(/2024/);
    const topics = [...details().querySelectorAll(".annotation-topic")].map((t) => t.textContent);
    expect(topics).toEqual(["logistics"]);
  });
});
