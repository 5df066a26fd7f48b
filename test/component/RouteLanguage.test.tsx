// Issue 19: the Route region, search and the Share dialog in Russian (?lang=ru), on the real
// data with a fake map: labels, the status line, the legs by their Russian names, the compare
// table, a search by a Russian name shown in Russian, and the embed builder's language menu.
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { App } from "../../src/app/App.tsx";
import type { Corridor } from "../../src/data/corridor.ts";
import { MapFactoryContext } from "../../src/map/MapFactoryContext.ts";
import { fakeMapFactory } from "../fakes/FakeMapController.ts";
import { realCorridor } from "../fixtures/routeFixtures.ts";

let corridor: Corridor;
beforeAll(() => {
  corridor = realCorridor();
});
afterEach(() => {
  window.history.replaceState(null, "", "/");
  document.documentElement.lang = "en";
});

const ruName = (id: string) => corridor.nodeById.get(id)?.properties.names?.ru ?? id;

async function renderRussian(hash = "") {
  window.history.replaceState(null, "", `/?lang=ru${hash}`);
  render(
    <MapFactoryContext.Provider value={fakeMapFactory()}>
      <App loadCorridor={async () => corridor} />
    </MapFactoryContext.Provider>,
  );
  await screen.findByRole("navigation", { name: "Участки" });
}

describe("the Route region, search and Share in Russian", { timeout: 30_000 }, () => {
  it("routes Lianyungang → Istanbul with Russian labels and names", async () => {
    await renderRussian();
    fireEvent.click(screen.getByRole("button", { name: "Маршрут" }));
    const region = await screen.findByRole("region", { name: "Маршрут" });
    expect(within(region).getByRole("status").textContent).toBe("Выберите, откуда и куда.");
    const from = within(region).getByRole("combobox", { name: "Откуда" });
    expect(from.getAttribute("placeholder")).toBe("Начните вводить название…");
    fireEvent.change(from, { target: { value: ruName("lianyungang") } });
    fireEvent.change(within(region).getByRole("combobox", { name: "Куда" }), {
      target: { value: ruName("halkali") },
    });
    expect(within(region).getByRole("status").textContent).toMatch(/^Найдено \d+ маршрут(а|ов)\.$/);
    const legs = within(region).getByRole("list", { name: "Участки" });
    expect(within(legs).getAllByRole("listitem")[0]?.textContent).toMatch(/^Порт Ляньюньган → /);
    expect(within(region).getByRole("table").querySelector("caption")?.textContent).toBe(
      "Сравнение маршрутов",
    );
    expect(within(region).getByRole("rowheader", { name: "Всего" })).toBeTruthy();
    expect(region.textContent).toContain("Границы");
    expect(region.textContent).toMatch(/Китай — Казахстан, /);
    expect(region.textContent).toContain("через ");
    expect(region.textContent).not.toMatch(/\b(routes?|found|Borders|Legs|Transit|via)\b/);
    expect(within(region).getByRole("button", { name: "Поменять местами" })).toBeTruthy();
  });

  it("finds Baku by its Russian name and shows it in Russian, marked", async () => {
    await renderRussian();
    const box = screen.getByRole("searchbox", { name: "Поиск" });
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: "Баку" } });
    const list = await screen.findByRole("listbox", { name: "Результаты поиска" });
    const places = within(list).getByRole("group", { name: /^Пункты/ });
    const first = within(places).getAllByRole("option")[0];
    expect(first?.getAttribute("data-key")).toBe("place:baku");
    expect(first?.querySelector(".search-result-title")?.textContent).toBe("Баку");
    expect(first?.querySelector("mark")?.textContent).toBe("Баку");
    expect(first?.textContent).toContain("Азербайджан");
  });

  it("Share keeps Russian in the link and writes the embed builder's language into the code", async () => {
    await renderRussian("#route=lianyungang~halkali");
    fireEvent.click(screen.getByRole("button", { name: "Поделиться" }));
    const dialog = await screen.findByRole("dialog", { name: "Поделиться картой" });
    const link = within(dialog).getByLabelText("Ссылка на этот вид") as HTMLInputElement;
    expect(link.value).toMatch(/\?lang=ru#.*route=lianyungang~halkali/);
    expect(within(dialog).getByTestId("share-route").textContent).toContain("Порт Ляньюньган → ");
    const menu = within(dialog).getByRole("combobox", { name: "Язык" }) as HTMLSelectElement;
    expect(menu.value).toBe("ru");
    const code = () => within(dialog).getByLabelText("Код для встраивания").textContent ?? "";
    expect(code()).toContain("&amp;lang=ru#");
    fireEvent.change(menu, { target: { value: "kk" } });
    expect(code()).toContain("&amp;lang=kk#");
    expect(code()).not.toContain("lang=ru");
    fireEvent.change(menu, { target: { value: "en" } });
    expect(code()).not.toContain("lang=");
    expect(within(dialog).getByRole("button", { name: "Копировать код для встраивания" })).toBeTruthy();
    expect(within(dialog).getByRole("button", { name: "Копировать ссылку" })).toBeTruthy();
    expect(dialog.textContent).not.toMatch(/\b(Embed|Preview|Legend|Behaviour|Size)\b/);
  });
});
