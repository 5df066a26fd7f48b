// The map follows the store's language: it is made in the language the page opens in, and the
// header's menu hands the controller the new language (labels, fonts, MapLibre's control texts,
// the canvas's name) without making the map again.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../../src/app/App.tsx";
import { MapFactoryContext } from "../../src/map/MapFactoryContext.ts";
import { fakeMapFactory } from "../fakes/FakeMapController.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";
import { renderApp } from "./renderApp.tsx";

afterEach(() => {
  window.history.replaceState(null, "", "/");
  document.documentElement.lang = "en";
});

describe("the map's language", () => {
  it("starts in English and follows the menu, with the catalogue's texts for MapLibre's controls", async () => {
    const { map, factory } = await renderApp();
    expect(map.options.language?.lang).toBe("en");
    expect(map.options.language?.locale["NavigationControl.ZoomIn"]).toBe("Zoom in");

    fireEvent.change(screen.getByRole("combobox", { name: "Language" }), { target: { value: "kk" } });
    await waitFor(() => expect(map.languages.at(-1)?.lang).toBe("kk"));
    const kk = map.languages.at(-1);
    expect(kk?.locale["NavigationControl.ZoomIn"]).toBe("Жақындату");
    expect(kk?.canvasLabel).toContain("Орта дәліздің картасы");
    expect(factory.latest()).toBe(map); // relabelled, not made again
  });

  it("is made in the language ?lang= names", async () => {
    window.history.replaceState(null, "", "/?lang=az");
    const factory = fakeMapFactory();
    render(
      <MapFactoryContext.Provider value={factory}>
        <App loadCorridor={async () => fixtureCorridor()} />
      </MapFactoryContext.Provider>,
    );
    await screen.findByRole("navigation", { name: "Xətlər" });
    const map = factory.latest();
    expect(map.options.language?.lang).toBe("az");
    expect(map.options.language?.dataCredit).toBe("Dəhliz məlumatları: mənbələr hər hissədə göstərilib");
  });
});
