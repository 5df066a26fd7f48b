// Without WebGL the map cannot be made: the page says so and draws a still SVG overview from the
// data in its place; the overview, the list, the details and the reader all work.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import { KINDS } from "../../src/layers/registry.ts";
import { MapFactoryContext } from "../../src/map/MapFactoryContext.ts";
import { FIXTURE_TEXT, fixtureCorridor } from "../fixtures/corridorFixture.ts";

beforeEach(() => {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) =>
      String(url).includes("sources.json")
        ? new Response(JSON.stringify([{ id: "src-a", text: FIXTURE_TEXT.split("\n\nStay")[0] }]))
        : new Response("not here", { status: 404 }),
    ),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const noWebGL = () => {
  throw new Error("WebGL is not available.");
};

async function renderWithoutWebGL() {
  const corridor = fixtureCorridor();
  render(
    <MapFactoryContext.Provider value={noWebGL}>
      <App loadCorridor={async () => corridor} />
    </MapFactoryContext.Provider>,
  );
  const svg = await screen.findByRole("img", { name: /Static overview of the corridor/ }, { timeout: 5000 });
  return { svg, corridor };
}

const details = () => screen.getByRole("region", { name: "Segment details" });
const segmentPaths = (svg: Element) =>
  [...svg.querySelectorAll("path[data-segment-id]")].map((p) => p.getAttribute("data-segment-id"));

describe("without WebGL", () => {
  it("says so and draws one SVG path per segment, coloured by kind from the registry", async () => {
    const { svg } = await renderWithoutWebGL();
    expect(screen.getByRole("alert").textContent).toMatch(/interactive map cannot be drawn.*WebGL/s);
    expect(segmentPaths(svg).sort()).toEqual(["fiber-a", "rail-a"]);
    expect(svg.querySelector('path[data-segment-id="rail-a"]')?.getAttribute("stroke")).toBe(
      KINDS.rail.color,
    );
    // The figure's ids are dropped in the page; its text is text.
    expect(svg.querySelector("[id]")).toBeNull();
    expect(svg.querySelector('path[data-segment-id="rail-a"] title')?.textContent).toBe("Rail Beyneu–Aktau");
  });

  it("a click on a line selects it and opens its details, with the line highlighted", async () => {
    const { svg } = await renderWithoutWebGL();
    expect(svg.querySelector('path[stroke="#111"]')).toBeNull();
    const hit = svg.querySelector('[data-hit-segment-id="fiber-a"]');
    if (!hit) throw new Error("no hit line for fiber-a");
    fireEvent.click(hit);
    expect(within(details()).getByRole("heading", { level: 2 }).textContent).toBe("Fiber Aktau–Alat");
    expect(window.location.hash).toContain("seg=fiber-a");
    // The selected line gets the figure's dark halo under it.
    const halo = svg.querySelector('path[stroke="#111"]');
    expect(halo?.getAttribute("d")).toBe(
      svg.querySelector('path[data-segment-id="fiber-a"]')?.getAttribute("d"),
    );
  });

  it("the list selects, the legend hides lines in the overview too, and the reader opens", async () => {
    const { svg } = await renderWithoutWebGL();
    const list = screen.getByRole("navigation", { name: "Segments" });
    fireEvent.click(within(list).getByRole("button", { name: /^Rail Beyneu–Aktau/ }));
    expect(within(details()).getByRole("heading", { level: 2 }).textContent).toBe("Rail Beyneu–Aktau");

    fireEvent.click(screen.getByRole("checkbox", { name: "Telecom" }));
    expect(segmentPaths(svg)).toEqual(["rail-a"]);

    fireEvent.click(within(details()).getAllByRole("button", { name: "Read in source" })[0] as HTMLElement);
    const dialog = await screen.findByRole("dialog", { name: /A test article/ }, { timeout: 5000 });
    await waitFor(() => expect(dialog.querySelectorAll("mark").length).toBeGreaterThan(0));
  });
});
