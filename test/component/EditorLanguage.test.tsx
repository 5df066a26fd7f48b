// The editor in the reader's language (?lang=ru): step titles, field labels, the live check's
// problems beside a field and in the save step, the reason the buttons are aria-disabled, and
// the lines and places to pin to named in Russian. The article and ids stay as written.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadCorridor } from "../../scripts/lib/loadCorridor.ts";
import { readDataDir } from "../../scripts/lib/readData.ts";
import { App } from "../../src/app/App.tsx";
import { type Corridor, indexCorridor } from "../../src/data/corridor.ts";
import { MapFactoryContext } from "../../src/map/MapFactoryContext.ts";
import { fakeMapFactory } from "../fakes/FakeMapController.ts";

let corridor: Corridor;
const raw = readDataDir(process.cwd()).raw;

beforeAll(() => {
  const loaded = loadCorridor(process.cwd());
  if (!loaded.ok) throw new Error("the repository's data does not load");
  corridor = indexCorridor(loaded.corridor);
});
beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, "", "/?lang=ru");
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) =>
      String(url).endsWith("editor-data.json")
        ? new Response(JSON.stringify(raw))
        : new Response("[]", { headers: { "Content-Type": "application/json" } }),
    ),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  window.history.replaceState(null, "", "/");
  document.documentElement.lang = "en";
});

async function openEditorInRussian() {
  render(
    <MapFactoryContext.Provider value={fakeMapFactory()}>
      <App loadCorridor={async () => corridor} />
    </MapFactoryContext.Provider>,
  );
  await screen.findByRole("navigation", { name: "Участки" });
  fireEvent.click(await screen.findByRole("button", { name: "Добавить источник" }));
  const editor = await screen.findByRole("dialog", { name: "Добавить источник" });
  await within(editor).findByLabelText("Текст статьи");
  return editor;
}

describe("the editor in Russian", { timeout: 30_000 }, () => {
  it("names its steps and fields, and says a field's problem in Russian, where it is as written", async () => {
    const editor = await openEditorInRussian();
    expect(
      within(editor)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(["Статья", "Откуда она", "Что в ней сказано", "Проверка и сохранение"]);
    const dateline = within(editor).getByRole("textbox", { name: "Место и дата выпуска" });
    fireEvent.change(within(editor).getByRole("textbox", { name: "Издание" }), {
      target: { value: "Trend News Agency" },
    });
    fireEvent.blur(dateline);
    await waitFor(() => expect(dateline.getAttribute("aria-invalid")).toBe("true"));
    const described = document.getElementById(dateline.getAttribute("aria-describedby") ?? "");
    expect(described?.textContent).toContain("пусто: заполните");
    expect(described?.textContent).toContain('(data/sources/trend.json, запись "trend", поле «dateline»)');
    expect(described?.textContent).not.toContain("is empty");

    // The save step lists the same problems in Russian, and its buttons say why they are off.
    const problems = within(editor).getByRole("region", { name: "Что нужно исправить" });
    expect(problems.textContent).toMatch(/\d+ (проблему|проблемы|проблем) нужно исправить перед сохранением/);
    expect(problems.textContent).toContain("(та же проверка, что и npm run check:data):");
    expect(problems.textContent).not.toMatch(/is missing|is empty/);
    const zip = within(editor).getByRole("button", { name: "Скачать всё (zip)" });
    expect(zip.getAttribute("aria-disabled")).toBe("true");
    const reason = document.getElementById(zip.getAttribute("aria-describedby") ?? "");
    expect(reason?.textContent).toMatch(
      /^Сначала исправьте \d+ (проблему|проблемы|проблем) из списка выше\.$/,
    );
  });

  it("offers the lines and places to pin to by their Russian names, and the map pick in Russian", async () => {
    const editor = await openEditorInRussian();
    fireEvent.click(within(editor).getByRole("button", { name: "Добавить аннотацию" }));
    const card = await within(editor).findByRole("region", { name: "Аннотация 1" });
    const options = [...card.querySelectorAll("datalist option")].map((o) => o.getAttribute("value"));
    expect(options).toContain("Актау (пункт)");
    expect(options.some((o) => o?.endsWith("(линия)"))).toBe(true);
    expect(options.some((o) => o?.includes("(place)") || o?.includes("(line)"))).toBe(false);
    fireEvent.change(within(card).getByRole("combobox", { name: "Добавить линию или пункт" }), {
      target: { value: "Актау (пункт)" },
    });
    const pinned = within(card).getByRole("list", { name: "Привязано к" });
    expect(pinned.textContent).toContain("Актау");
    expect(within(pinned).getByRole("button", { name: "Убрать: Актау" })).toBeTruthy();
    fireEvent.click(within(card).getByRole("button", { name: "Выбрать на карте" }));
    expect(within(card).getByRole("status").textContent).toBe(
      "Щёлкайте по линиям и пунктам на карте, чтобы привязать к ним эту аннотацию.",
    );
    expect(within(card).getByRole("button", { name: "Готово" }).getAttribute("aria-pressed")).toBe("true");
    expect(within(card).getByRole("combobox", { name: "Тема" }).textContent).toContain("инфраструктура");
  });
});
