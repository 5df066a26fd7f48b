// The interface in another language in Chromium: `?lang=ru` opens the page in Russian (legend,
// details, <html lang>) with the shipped Cyrillic font, and the header's menu switches it in
// place, writing ?lang= into the address and keeping the hash. One page for all of it.
import { describe, expect, it } from "vitest";
import { appSession } from "./session.ts";

const session = appSession();

describe("languages in Chromium", () => {
  it("?lang=ru shows the legend and the details in Russian, then the menu switches to Kazakh", async () => {
    const app = await session.open({ query: "?lang=ru", hash: "#seg=btk-rail-marabda-kars" });
    const { page } = app;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ru");

    const legend = page.getByRole("complementary", { name: "Условные обозначения и слои" });
    expect(await legend.getByRole("heading", { name: "Обозначения" }).count()).toBe(1);
    expect(await legend.textContent()).toContain("Железная дорога");

    const details = page.getByRole("region", { name: "Сведения об участке" });
    expect(await details.locator("h2").textContent()).toBe(
      "Железная дорога Баку — Тбилиси — Карс: Марабда — Карс",
    );
    const text = (await details.textContent()) ?? "";
    expect(text).toContain("Марабда (узловая станция) → Карс");
    expect(text).toContain("Грузия, Турция");
    expect(text).toMatch(/\d[\d\u00a0 ]* км/);
    expect(text).toContain("Саму БТК статья по имени не называет.");
    // The Cyrillic face of the shipped Noto Sans is what draws it, not a system font.
    await page.evaluate(() => document.fonts.ready);
    const cyrillic = await page.evaluate(
      () =>
        [...document.fonts].filter((f) => f.status === "loaded" && f.unicodeRange.includes("U+400")).length,
    );
    expect(cyrillic).toBeGreaterThan(0);

    await page.getByRole("combobox", { name: "Язык" }).selectOption("kk");
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("kk");
    expect(await page.getByRole("region", { name: "Учаске туралы" }).locator("h2").textContent()).toBe(
      "Баку — Тбилиси — Карс темір жолы: Марабда — Карс",
    );
    const url = new URL(page.url());
    expect(url.searchParams.get("lang")).toBe("kk");
    expect(url.hash).toContain("seg=btk-rail-marabda-kars");
  });
});
