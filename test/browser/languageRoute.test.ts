// The Route region, search and Share in another language in Chromium (issue 19): `?lang=ru`
// routes Lianyungang → Istanbul with a Russian region (labels, status, legs by their Russian
// names), search finds "Баку", and Share's embed builder set to Kazakh writes lang=kk.
import { describe, expect, it } from "vitest";
import kk from "../../src/i18n/catalogues/kk.ts";
import { appSession } from "./session.ts";

const session = appSession();

describe("the route, search and Share in Russian, in Chromium", () => {
  it("?lang=ru: a route in Russian, Baku found by «Баку», an embed code with lang=kk", async () => {
    const app = await session.open({ query: "?lang=ru" });
    const { page } = app;
    await page.getByRole("button", { name: "Маршрут", exact: true }).click();
    const region = page.getByRole("region", { name: "Маршрут" });
    await region.getByRole("combobox", { name: "Откуда", exact: true }).fill("Порт Ляньюньган");
    await region.getByRole("combobox", { name: "Куда", exact: true }).fill("Халкалы (Стамбул)");
    await expect.poll(() => region.getByRole("radio").count()).toBeGreaterThanOrEqual(2);
    expect(await app.hash()).toContain("route=lianyungang~halkali");
    expect(await region.getByRole("status").textContent()).toMatch(/^Найдено \d+ маршрут(а|ов)\.$/);
    const legs = region.getByRole("list", { name: "Участки" });
    expect(await legs.getByRole("listitem").first().textContent()).toMatch(/^Порт Ляньюньган → /);
    const text = (await region.textContent()) ?? "";
    expect(text).toContain("Сравнение маршрутов");
    expect(text).toMatch(/Китай — Казахстан, /);
    expect(text).toMatch(/\d[\d\u00a0 ]* км/);
    expect(text).not.toMatch(/\b(routes?|found|Borders|Legs|Transit|via)\b/);

    const search = page.getByRole("searchbox", { name: "Поиск" });
    await search.fill("Баку");
    const option = page.getByRole("listbox", { name: "Результаты поиска" }).getByRole("option").first();
    await expect.poll(() => option.getAttribute("data-key")).toBe("place:baku");
    expect(await option.locator("mark").first().textContent()).toBe("Баку");
    await search.press("Escape");

    await page.getByRole("button", { name: "Поделиться" }).click();
    const dialog = page.getByRole("dialog", { name: "Поделиться картой" });
    expect(await dialog.getByLabel("Ссылка на этот вид").inputValue()).toMatch(/\?lang=ru#/);
    const menu = dialog.getByRole("combobox", { name: "Язык" });
    expect(await menu.inputValue()).toBe("ru");
    await menu.selectOption("kk");
    const code = dialog.getByLabel("Код для встраивания", { exact: true });
    await expect.poll(() => code.inputValue()).toContain("?embed=1&amp;lang=kk");
    // The frame's title for the host page is the map's name in Kazakh.
    await expect.poll(() => code.inputValue()).toContain(`title="${kk["app.title"]}"`);
    // The preview shows the embed in Kazakh.
    const preview = dialog.locator("iframe");
    expect(await preview.getAttribute("src")).toContain("lang=kk");
  });
});
