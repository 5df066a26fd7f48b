// The Export dialog through time: with an as-of date it says the figure is drawn as of that date,
// and where the browser cannot record (jsdom has no MediaRecorder) the video option is off and
// says why. The still overview (no WebGL) draws the corridor as of the date too.
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import { MapFactoryContext } from "../../src/map/MapFactoryContext.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";
import { renderApp } from "./renderApp.tsx";

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A MediaRecorder that says it writes WebM (nothing is recorded here). */
const stubRecorder = Object.assign(() => undefined, { isTypeSupported: (t: string) => t === "video/webm" });

async function openExport() {
  fireEvent.click(screen.getByRole("button", { name: "Export" }));
  return screen.findByRole("dialog", { name: /Export/ });
}

describe("export dialog through time", () => {
  it("with a date, says the figure is drawn and stamped as of it", async () => {
    window.location.hash = "#date=2016-06";
    await renderApp();
    const dialog = await openExport();
    expect(within(dialog).getByTestId("export-asof").textContent).toContain("As of Jun 2016");
  });

  it("today, says nothing of a date", async () => {
    await renderApp();
    const dialog = await openExport();
    expect(within(dialog).queryByTestId("export-asof")).toBeNull();
  });

  it("without MediaRecorder the video option is disabled, with the sentence why", async () => {
    expect("MediaRecorder" in window).toBe(false);
    await renderApp();
    const dialog = await openExport();
    expect(within(dialog).getByRole("heading", { name: "Video of the timeline (WebM)" })).toBeTruthy();
    expect(within(dialog).getByTestId("video-unsupported").textContent).toBe(
      "This browser cannot record video: it has no MediaRecorder, the interface that records a stream.",
    );
    expect((within(dialog).getByRole("button", { name: "Record video" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(within(dialog).getByRole("radio", { name: /Short/ }).matches(":disabled")).toBe(true);
    // The rest of the dialog stays usable.
    expect(
      (within(dialog).getByRole("button", { name: "Download figure" }) as HTMLButtonElement).disabled,
    ).toBe(false);
  });

  it("with a MediaRecorder that writes WebM and a canvas stream, the option is on", async () => {
    vi.stubGlobal("MediaRecorder", stubRecorder);
    const proto = HTMLCanvasElement.prototype as { captureStream?: unknown };
    proto.captureStream = () => null;
    try {
      await renderApp();
      const dialog = await openExport();
      expect(within(dialog).queryByTestId("video-unsupported")).toBeNull();
      expect(
        (within(dialog).getByRole("button", { name: "Record video" }) as HTMLButtonElement).disabled,
      ).toBe(false);
    } finally {
      delete proto.captureStream;
    }
  });
});

describe("still overview through time", () => {
  it("leaves out a line not yet proposed on the date", async () => {
    window.location.hash = "#date=2016-06";
    const corridor = fixtureCorridor();
    render(
      <MapFactoryContext.Provider
        value={() => {
          throw new Error("WebGL is not available.");
        }}
      >
        <App loadCorridor={async () => corridor} />
      </MapFactoryContext.Provider>,
    );
    const svg = await screen.findByRole("img", { name: /Static overview of the corridor/ });
    const ids = [...svg.querySelectorAll("path[data-segment-id]")].map((p) =>
      p.getAttribute("data-segment-id"),
    );
    // The fixture's fibre was first agreed in 2019.
    expect(ids).toEqual(["rail-a"]);
  });
});
