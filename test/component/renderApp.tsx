// Renders the whole app around a fake map controller and the fixture corridor.
import { render, screen } from "@testing-library/react";
import { App } from "../../src/app/App.tsx";
import { MapFactoryContext } from "../../src/map/MapFactoryContext.ts";
import { fakeMapFactory } from "../fakes/FakeMapController.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";

export async function renderApp(corridor = fixtureCorridor()) {
  const factory = fakeMapFactory();
  const utils = render(
    <MapFactoryContext.Provider value={factory}>
      <App loadCorridor={async () => corridor} />
    </MapFactoryContext.Provider>,
  );
  await screen.findByRole("navigation", { name: "Segments" });
  return { ...utils, factory, map: factory.latest(), corridor };
}
