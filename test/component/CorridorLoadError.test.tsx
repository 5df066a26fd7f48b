// When corridor.geojson cannot be loaded or parsed, the page says so and offers to try again;
// trying again loads the app.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import { MapFactoryContext } from "../../src/map/MapFactoryContext.ts";
import { fakeMapFactory } from "../fakes/FakeMapController.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderWith(loadCorridor?: Parameters<typeof App>[0]["loadCorridor"]) {
  return render(
    <MapFactoryContext.Provider value={fakeMapFactory()}>
      <App {...(loadCorridor ? { loadCorridor } : {})} />
    </MapFactoryContext.Provider>,
  );
}

describe("corridor data that cannot be loaded", () => {
  it("shows a readable error with Try again, which loads again", async () => {
    const corridor = fixtureCorridor();
    const load = vi
      .fn<() => Promise<typeof corridor>>()
      .mockRejectedValueOnce(new Error("Could not load the corridor data (corridor.geojson: HTTP 503)."))
      .mockResolvedValueOnce(corridor);
    renderWith(load);
    const alert = await screen.findByRole("alert");
    expect(alert.querySelector("h1")?.textContent).toBe("The corridor data could not be loaded");
    expect(alert.textContent).toContain("HTTP 503");
    expect(screen.queryByRole("navigation", { name: "Segments" })).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.queryByRole("navigation", { name: "Segments" })).not.toBeNull());
    expect(screen.queryByRole("alert")).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it.each([
    ["a server error", () => new Response("oops", { status: 500 }), /HTTP 500/],
    ["a file that is not JSON", () => new Response("{ not json", { status: 200 }), /is not valid JSON/],
    [
      "JSON of the wrong shape",
      () => new Response(JSON.stringify({ type: "FeatureCollection", features: [{}] })),
      /not in the expected format/,
    ],
  ])(
    "through the real loader: %s gives its message, and a good file after it loads",
    async (_what, bad, message) => {
      const good = JSON.stringify(fixtureCorridor().collection);
      const fetchMock = vi
        .fn()
        .mockImplementationOnce(async () => bad())
        .mockImplementationOnce(async () => new Response(good));
      vi.stubGlobal("fetch", fetchMock);
      renderWith();
      const alert = await screen.findByRole("alert");
      expect(alert.textContent).toMatch(message);
      fireEvent.click(screen.getByRole("button", { name: "Try again" }));
      await waitFor(() => expect(screen.queryByRole("navigation", { name: "Segments" })).not.toBeNull());
      expect(fetchMock).toHaveBeenCalledWith("corridor.geojson");
    },
  );
});
