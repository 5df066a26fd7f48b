// The interface language: the header's menu changes it in place (legend, list, details,
// <html lang>) and writes ?lang= into the address without touching the hash; ?lang= picks it.
import { fireEvent, render, screen, within } from "@testing-library/react";
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

const menu = () => screen.getByRole("combobox", { name: /^(Language|Язык|Dil|Тіл)$/ });

describe("the language menu", () => {
  it("switches the legend, the list, the details and <html lang>, and keeps the hash", async () => {
    await renderApp();
    fireEvent.click(
      within(screen.getByRole("navigation", { name: "Segments" })).getByRole("button", {
        name: /^Rail Beyneu–Aktau/,
      }),
    );
    const hash = window.location.hash;
    expect(hash).toContain("seg=rail-a");
    expect(document.documentElement.lang).toBe("en");

    fireEvent.change(menu(), { target: { value: "ru" } });

    const details = await screen.findByRole("region", { name: "Сведения об участке" });
    expect(within(details).getByRole("heading", { level: 2 }).textContent).toBe(
      "Железная дорога Бейнеу — Актау",
    );
    expect(details.textContent).toContain("Железная дорога");
    expect(details.textContent).toContain("Бейнеу → Актау");
    expect(details.textContent).toContain("Казахстан");
    expect(details.textContent).toMatch(/\d+ км/);
    // A translated summary in Russian; the others in English, marked so; quotes never translated.
    expect(details.textContent).toContain("Линию модернизируют.");
    expect(details.textContent).toContain("Customs at the border. (на английском)");
    expect(details.querySelector("blockquote")?.getAttribute("lang")).toBe("en");
    expect(details.querySelector("blockquote")?.textContent).toBe(
      "The railway from Aktau to the border is being upgraded.",
    );

    const legend = screen.getByRole("complementary", { name: "Условные обозначения и слои" });
    expect(within(legend).getByRole("heading", { name: "Обозначения" })).toBeTruthy();
    expect(within(legend).getByRole("checkbox", { name: "Транспорт" })).toBeTruthy();
    expect(screen.getByRole("navigation", { name: "Участки" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Карта Среднего коридора");

    expect(document.documentElement.lang).toBe("ru");
    expect(new URLSearchParams(window.location.search).get("lang")).toBe("ru");
    expect(window.location.hash).toBe(hash);

    fireEvent.change(menu(), { target: { value: "kk" } });
    const kk = await screen.findByRole("region", { name: "Учаске туралы" });
    expect(within(kk).getByRole("heading", { level: 2 }).textContent).toBe("Бейнеу — Ақтау темір жолы");
    expect(document.documentElement.lang).toBe("kk");

    fireEvent.change(menu(), { target: { value: "en" } });
    expect(await screen.findByRole("region", { name: "Segment details" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
    expect(new URLSearchParams(window.location.search).get("lang")).toBe("en");
  });

  it("opens in the language ?lang= names", async () => {
    window.history.replaceState(null, "", "/?lang=az");
    const corridor = fixtureCorridor();
    render(
      <MapFactoryContext.Provider value={fakeMapFactory()}>
        <App loadCorridor={async () => corridor} />
      </MapFactoryContext.Provider>,
    );
    expect(await screen.findByRole("navigation", { name: "Xətlər" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("az");
    expect((menu() as HTMLSelectElement).value).toBe("az");
  });
});
