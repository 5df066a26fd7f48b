// The Route region (issue 16) in jsdom with a fake map, on the repository's own data: Route in
// the header, From and To chosen by name, the variants listed and chosen by radio, the map's
// highlight and framing, the URL's route=, the compare table, the plain messages for From = To
// and for a place no route reaches, and "Route from here" on a place's details.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { parseMode } from "../../src/app/mode.ts";
import type { Corridor } from "../../src/data/corridor.ts";
import { realCorridor } from "../fixtures/routeFixtures.ts";
import { renderApp } from "./renderApp.tsx";

let corridor: Corridor;
beforeAll(() => {
  corridor = realCorridor();
});

const region = () => screen.getByRole("region", { name: "Route" });
const nameOf = (id: string) => corridor.nodeById.get(id)?.properties.name ?? id;
function choosePlace(label: "From" | "To", id: string) {
  fireEvent.change(within(region()).getByRole("combobox", { name: label }), {
    target: { value: nameOf(id) },
  });
}

describe("the Route region", { timeout: 30_000 }, () => {
  it("routes Lianyungang → Istanbul: variants, the chosen one on the map and in the URL, a compare table", async () => {
    const { map } = await renderApp(corridor);
    const button = screen.getByRole("button", { name: "Route" });
    expect(button.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(button);
    expect(button.getAttribute("aria-pressed")).toBe("true");
    choosePlace("From", "lianyungang");
    expect(map.route).toBeNull();
    choosePlace("To", "halkali");

    const radios = within(region()).getAllByRole("radio");
    expect(radios.length).toBeGreaterThanOrEqual(2);
    expect((radios[0] as HTMLInputElement).checked).toBe(true);
    expect(within(region()).getByRole("status").textContent).toBe(`${radios.length} routes found.`);
    await waitFor(() => expect(window.location.hash).toContain("route=lianyungang~halkali"));
    const first = map.route;
    expect(first?.chosen.length).toBeGreaterThan(0);
    expect(first?.ends).toEqual(["lianyungang", "halkali"]);
    expect(map.cameras.at(-1)).toMatchObject({ type: "fit-stretches", ids: first?.chosen });

    // Choosing another variant moves the highlight and the camera; the variants' names say how.
    const khorgos = radios.find((r) =>
      /Khorgos/.test(r.closest("label")?.textContent ?? ""),
    ) as HTMLInputElement;
    fireEvent.click(khorgos);
    expect(khorgos.checked).toBe(true);
    expect(map.route?.chosen).not.toEqual(first?.chosen);
    expect(map.route?.chosen.some((id) => id.startsWith("cn-rail-jinghe-khorgos#"))).toBe(true);
    expect(map.route?.others.length).toBeGreaterThan(0);
    expect(map.cameras.at(-1)).toMatchObject({ type: "fit-stretches", ids: map.route?.chosen });

    // The chosen variant's details: legs in order, borders and gauge changes by name, the
    // ferry's sourced time and no invented total.
    const legs = within(region()).getByRole("list", { name: "Legs" });
    expect(within(legs).getAllByRole("listitem")[0]?.textContent).toMatch(/^Lianyungang port → Jinghe/);
    expect(region().textContent).toContain("China–Kazakhstan at Khorgos/Altynkol");
    expect(region().textContent).toContain("1,435 mm → 1,520 mm at Altynkol");
    expect(region().textContent).toMatch(/Transit about 22 h/);
    expect(region().textContent).toMatch(/No total time: no source gives one for \d+ legs: /);

    // Up to three variants side by side in a real table.
    const table = within(region()).getByRole("table", { name: "Compare the routes" });
    const cols = within(table).getAllByRole("columnheader");
    expect(cols.length).toBeGreaterThanOrEqual(2);
    expect(cols.length).toBeLessThanOrEqual(3);
    expect(within(table).getByRole("rowheader", { name: "Borders" })).toBeTruthy();
    expect(within(table).getByRole("rowheader", { name: "Gauge changes" })).toBeTruthy();

    // Closing the region removes the route from the map and the URL.
    fireEvent.click(within(region()).getByRole("button", { name: "Close route" }));
    expect(screen.queryByRole("region", { name: "Route" })).toBeNull();
    expect(map.route).toBeNull();
    await waitFor(() => expect(window.location.hash).not.toContain("route="));
  });

  it("says plainly when From and To are the same, and when no route reaches a place", async () => {
    const { map } = await renderApp(corridor);
    fireEvent.click(screen.getByRole("button", { name: "Route" }));
    choosePlace("From", "baku");
    choosePlace("To", "baku");
    expect(within(region()).getByRole("status").textContent).toBe("From and To are the same place: Baku.");
    expect(within(region()).queryAllByRole("radio")).toHaveLength(0);
    expect(map.route).toBeNull();
    choosePlace("From", "absheron-landing");
    expect(within(region()).getByRole("status").textContent).toMatch(
      /^No route joins Absheron coast \(indicative landing\) and Baku\. .*on no line that routes can use \(railway, road, sea crossing\)\.$/,
    );
    expect(map.route).toBeNull();
  });

  it("opens on a route link, swaps, and takes a place on the way", async () => {
    window.location.hash = "#route=aktau-port~alat-port";
    const { map } = await renderApp(corridor);
    await waitFor(() => expect(map.route?.ends).toEqual(["aktau-port", "alat-port"]));
    // A single whole ferry leg with a sourced time: the total is given.
    expect(region().textContent).toContain("Total transit time: about 22 h");
    fireEvent.click(within(region()).getByRole("button", { name: "Swap" }));
    await waitFor(() => expect(window.location.hash).toContain("route=alat-port~aktau-port"));
    fireEvent.click(within(region()).getByRole("button", { name: "Add a place on the way" }));
    fireEvent.change(within(region()).getByRole("combobox", { name: "Via" }), {
      target: { value: nameOf("baku") },
    });
    await waitFor(() => expect(window.location.hash).toContain("route=alat-port~aktau-port~via:baku"));
  });

  it("offers Route from here and Route to here on a place's details", async () => {
    const { map } = await renderApp(corridor);
    act(() => map.emit({ type: "click", target: { type: "node", id: "lianyungang" } }));
    const details = screen.getByRole("region", { name: "Place details" });
    fireEvent.click(within(details).getByRole("button", { name: "Route from here" }));
    expect((within(region()).getByRole("combobox", { name: "From" }) as HTMLInputElement).value).toBe(
      nameOf("lianyungang"),
    );
    expect(map.route).toBeNull();
    act(() => map.emit({ type: "click", target: { type: "node", id: "halkali" } }));
    fireEvent.click(
      within(screen.getByRole("region", { name: "Place details" })).getByRole("button", {
        name: "Route to here",
      }),
    );
    expect(within(region()).getAllByRole("radio").length).toBeGreaterThanOrEqual(2);
    expect(map.route?.ends).toEqual(["lianyungang", "halkali"]);
  });

  it("a route link's embed shows the route's summary; Share keeps the route and its variant", async () => {
    window.history.replaceState(null, "", "?embed=1#route=lianyungang~halkali&variant=2");
    try {
      const { map, unmount } = await renderApp(corridor, parseMode("?embed=1"));
      const summary = await screen.findByRole("region", { name: "Route summary" });
      expect(within(summary).getByRole("table").querySelector("caption")?.textContent).toMatch(
        /\(2 of \d\)$/,
      );
      expect(map.route?.chosen.length).toBeGreaterThan(3);
      unmount();
    } finally {
      window.history.replaceState(null, "", "/");
    }
    await renderApp(corridor);
    act(() => window.history.pushState(null, "", "#route=lianyungang~halkali&variant=2"));
    act(() => window.dispatchEvent(new PopStateEvent("popstate")));
    await waitFor(() => expect(within(region()).getAllByRole("radio")[1]).toHaveProperty("checked", true));
    fireEvent.click(screen.getByRole("button", { name: "Share" }));
    const dialog = await screen.findByRole("dialog", { name: "Share this map" });
    expect((within(dialog).getByLabelText("Link to this view") as HTMLInputElement).value).toContain(
      "route=lianyungang~halkali&variant=2",
    );
    const keep = within(dialog).getByRole("checkbox", { name: /Show the route/ });
    expect(within(dialog).getByLabelText("Embed code").textContent).toContain("variant=2");
    fireEvent.click(keep);
    expect(within(dialog).getByLabelText("Embed code").textContent).not.toContain("route=");
  });
});
