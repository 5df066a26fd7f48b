// The shell, the phone drawers and the embeds in another language, in Chromium: `?lang=kk` on a
// phone (title, header, drawer, timeline button), the still embed with `static=1&lang=ru` (its
// legend, names, credits and <html lang> from its one lite file, no catalogue chunk), a Kazakh
// still picture's letters drawn by the system's fonts, and an interactive embed with `lang=az`.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appSession } from "./session.ts";

const session = appSession();
const PHONE = { width: 375, height: 667 };

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe("the shell and the embeds in another language", () => {
  it("?lang=kk on a phone: title, header, the list drawer and the timeline button in Kazakh", async () => {
    const app = await session.open({ query: "?lang=kk", viewport: PHONE, touch: true });
    const { page } = app;
    expect(await page.title()).toBe("Орта дәліз картасы");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("kk");
    expect(await page.locator("h1").textContent()).toBe("Орта дәліз картасы");
    expect(await page.getByRole("button", { name: "Уақыт шкаласы" }).count()).toBe(1);
    const list = page.getByRole("button", { name: "Тізім", exact: true });
    await list.click();
    expect(await list.getAttribute("aria-expanded")).toBe("true");
    expect(await page.getByRole("navigation", { name: "Учаскелер" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Учаскелер тізіміне өту" }).count()).toBe(1);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    // No header button runs past the screen's edge (the header clips, so the page would not say).
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll(".app-header button:not(.skip-link), .app-header a")]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > window.innerWidth + 0.5 || r.left < -0.5);
        })
        .map((el) => el.textContent),
    );
    expect(cut).toEqual([]);
    await page.screenshot({ path: "test-results/language-kk-375-drawer.png" });
  });

  it("static=1&lang=ru: the still embed in Russian from one lite file, <html lang=ru>", async () => {
    const requests: string[] = [];
    const app = await session.open({
      query: "?embed=1&static=1&height=400&lang=ru",
      hash: "#date=2016-06",
      viewport: { width: 800, height: 560 },
      waitForMap: false,
      setup: async (context) => {
        context.on("request", (r) => requests.push(r.url()));
      },
    });
    const { page } = app;
    await page.waitForSelector('[data-ready="true"]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ru");
    expect(await page.title()).toBe("Карта Среднего коридора");
    const legend = page.getByRole("list", { name: "Обозначения" });
    expect(await legend.textContent()).toContain("Железная дорога");
    expect(await page.locator(".as-of-badge").textContent()).toBe("На июнь 2016 г.");
    expect(await page.getByRole("link", { name: /^Открыть всю карту/ }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Исследовать интерактивную карту" }).count()).toBe(1);
    expect(await page.locator(".embed-credit").textContent()).toContain("Источники:");
    const svg = page.locator('svg[role="img"]');
    expect(await svg.getAttribute("aria-label")).toMatch(/^Карта Среднего коридора: \d+ лини/);
    const names = await svg.locator("text").allTextContents();
    expect(names).toContain("Тбилиси");
    expect(names.some((n) => /КАЗАХСТАН/.test(n))).toBe(true);
    expect(names).not.toContain("Tbilisi");
    // One file brought the names and the words: no catalogue chunk, no web font.
    expect(requests.some((u) => u.endsWith("corridor-lite.ru.json"))).toBe(true);
    expect(requests.some((u) => /\/corridor-lite\.json$|\/ru-[\w-]+\.js$|woff2?$/.test(u))).toBe(false);
    await page.screenshot({ path: "test-results/language-ru-still.png" });
  });

  it("a Kazakh still picture draws its letters (system fonts) and fits a phone", async () => {
    const app = await session.open({
      query: "?embed=1&static=1&height=420&lang=kk",
      viewport: PHONE,
      waitForMap: false,
    });
    const { page } = app;
    await page.waitForSelector('[data-ready="true"]');
    const text = (await page.locator(".still-embed").textContent()) ?? "";
    expect(text).toContain("Толық картаны ашу");
    expect(text).toMatch(/[әғқңөұүһі]/);
    expect(await page.locator('svg[role="img"] text').allTextContents()).toContain("Құрық");
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "test-results/language-kk-375-still.png" });
  });

  it("an interactive embed with lang=az speaks Azerbaijani", async () => {
    const app = await session.open({
      query: "?embed=1&height=420&lang=az",
      viewport: { width: 800, height: 600 },
    });
    const { page } = app;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("az");
    expect(await page.title()).toBe("Orta Dəhliz xəritəsi");
    expect(await page.locator("h1").textContent()).toBe("Orta Dəhliz xəritəsi");
    expect(await page.getByRole("list", { name: "Şərti işarələr" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: /^Tam xəritəni aç/ }).count()).toBe(1);
    expect(await page.locator(".embed-credit").textContent()).toContain("Əsas xəritə: Natural Earth");
    await page.screenshot({ path: "test-results/language-az-embed.png" });
  });
});
