// Renders the whole app around a fake map controller and the fixture corridor.
import { render, screen } from "@testing-library/react";
import { App } from "../../src/app/App.tsx";
import { EXPLORE, type ModeState } from "../../src/app/mode.ts";
import { MapFactoryContext } from "../../src/map/MapFactoryContext.ts";
import { fakeMapFactory } from "../fakes/FakeMapController.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";

/** The app in explore mode (the default) or another (an embed), once its first panel is there. */
export async function renderApp(corridor = fixtureCorridor(), modeState: ModeState = EXPLORE) {
  const factory = fakeMapFactory();
  const utils = render(
    <MapFactoryContext.Provider value={factory}>
      <App loadCorridor={async () => corridor} modeState={modeState} />
    </MapFactoryContext.Provider>,
  );
  if (modeState.mode === "explore") await screen.findByRole("navigation", { name: "Segments" });
  else await screen.findByRole("main");
  return { ...utils, factory, map: factory.latest(), corridor };
}
