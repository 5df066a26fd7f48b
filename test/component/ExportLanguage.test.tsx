// The Export dialog in Russian (issue 19): its headings, formats, buttons, the video section
// and the data downloads speak Russian, with Russian plurals, and the as-of note writes the date
// the Russian way; the print frame's title block and footer too.
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../../src/app/App.tsx";
import { MapFactoryContext } from "../../src/map/MapFactoryContext.ts";
import { fakeMapFactory } from "../fakes/FakeMapController.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";

afterEach(() => {
  window.history.replaceState(null, "", "/");
  document.documentElement.lang = "en";
});

async function openInRussian(hash = "") {
  window.history.replaceState(null, "", `/?lang=ru${hash}`);
  const corridor = fixtureCorridor();
  render(
    <MapFactoryContext.Provider value={fakeMapFactory()}>
      <App loadCorridor={async () => corridor} />
    </MapFactoryContext.Provider>,
  );
  await screen.findByRole("navigation", { name: "Участки" });
  fireEvent.click(screen.getByRole("button", { name: "Экспорт" }));
  return screen.findByRole("dialog", { name: /Экспорт/ });
}

describe("the Export dialog in Russian", () => {
  it("has Russian headings, formats, buttons, video and data sections, and no English left", async () => {
    const dialog = await openInRussian();
    const d = within(dialog);
    expect(d.getByRole("heading", { name: "Рисунок для отчёта" })).toBeTruthy();
    expect(d.getByRole("radio", { name: /A4 альбомный, 300 dpi \(3508 × 2480\)/ })).toBeTruthy();
    expect(d.getByRole("radio", { name: /^SVG, линии — векторные контуры/ })).toBeTruthy();
    expect(d.getByRole("button", { name: "Скачать рисунок" })).toBeTruthy();
    expect(d.getByRole("button", { name: "Печать…" })).toBeTruthy();
    expect(d.getByRole("heading", { name: "Видео временной шкалы (WebM)" })).toBeTruthy();
    // jsdom has no MediaRecorder: the reason is given in Russian.
    expect(d.getByTestId("video-unsupported").textContent).toMatch(/^Этот браузер не умеет записывать видео/);
    expect(d.getByRole("radio", { name: "Короткое (около 10 с)" })).toBeTruthy();
    expect(d.getByRole("heading", { name: "Данные" })).toBeTruthy();
    // Two segments in the fixture: "2 участка" (few).
    expect(dialog.textContent).toContain("2 участка, которые сейчас на карте");
    for (const name of ["Аннотации (CSV)", "Список источников (BibTeX)", "KML (Google Earth, QGIS)"])
      expect(d.getByRole("button", { name })).toBeTruthy();
    for (const english of ["Figure for a report", "Download figure", "Record video", "Annotations", "Data"])
      expect(dialog.textContent).not.toContain(english);
  });

  it("as of a date, says it the Russian way", async () => {
    const dialog = await openInRussian("#date=2016-06");
    expect(within(dialog).getByTestId("export-asof").textContent).toBe(
      "Карта показывает коридор на июнь 2016 г.: рисунок будет построен на эту дату с пометкой «На июнь 2016 г.».",
    );
  });

  it("the print frame has the Russian title block and footer", async () => {
    await openInRussian("#seg=rail-a");
    const header = document.querySelector(".print-header")?.textContent ?? "";
    expect(header).toContain("Средний коридор: из Китая в Европу");
    expect(header).toContain("Выделено: Железная дорога Бейнеу — Актау");
    const footer = document.querySelector(".print-footer")?.textContent ?? "";
    expect(footer).toContain("Источники показанных аннотаций:");
    expect(footer).toContain("«A test article»");
    expect(footer).toContain("Основа карты: Natural Earth");
  });
});
