// Exports in another language in Chromium (issue 19): `?lang=tr` exports an SVG figure with the
// Turkish title and legend and xml:lang="tr", and a PNG whose Turkish letters are drawn by the
// embedded Noto Sans (looked at: test-results/figure-tr.png, and the Kazakh one, figure-kk.png);
// `?lang=ru` prints in Russian on one page and downloads the annotations CSV with its Russian
// header.
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AppDriver } from "./driver.ts";
import { appSession } from "./session.ts";

const session = appSession();

/** Opens the Export dialog (its button is named in the page's language) and downloads a figure. */
async function downloadFigure(app: AppDriver, exportName: string, format: RegExp, button: string) {
  await app.page.getByRole("button", { name: exportName, exact: true }).click();
  await app.page.getByRole("radio", { name: format }).check();
  const [download] = await Promise.all([
    app.page.waitForEvent("download", { timeout: 60_000 }),
    app.page.getByRole("button", { name: button }).click(),
  ]);
  return readFileSync(await download.path());
}

/** Dark pixels in the PNG's title band: text drawn there (a missing glyph's box would count too). */
async function titleInk(app: AppDriver, png: Buffer) {
  return app.page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext("2d");
    if (!g) return { width: 0, dark: 0 };
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, Math.round(c.height * 0.07)).data;
    let dark = 0;
    for (let i = 0; i < d.length; i += 4)
      if ((d[i] ?? 255) + (d[i + 1] ?? 255) + (d[i + 2] ?? 255) < 200) dark++;
    return { width: img.width, dark };
  }, png.toString("base64"));
}

describe("figures in Turkish", () => {
  it("?lang=tr: the SVG has the Turkish title, legend and xml:lang", async () => {
    const app = await session.open({ query: "?lang=tr", hash: "#seg=btk-rail-marabda-kars" });
    const svg = (await downloadFigure(app, "Dışa aktar", /^SVG/, "Görseli indir")).toString("utf8");
    writeFileSync("test-results/figure-tr.svg", svg);
    const result = await app.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        lang: doc.documentElement.getAttribute("xml:lang"),
        text: doc.documentElement.textContent ?? "",
      };
    }, svg);
    expect(result.error).toBeNull();
    expect(result.lang).toBe("tr");
    for (const s of [
      "Orta Koridor: Çin'den Avrupa'ya",
      "LEJANT",
      "Demiryolu",
      "Deniz geçişi",
      "Gösterilen açıklamaların kaynakları:",
    ])
      expect(result.text).toContain(s);
    expect(result.text).toContain("Vurgulanan: ");
    expect(result.text).not.toContain("LEGEND");
    await app.close();
  });

  it("?lang=tr: the PNG draws the Turkish title in the embedded font (looked at: test-results/figure-tr.png)", async () => {
    const app = await session.open({ query: "?lang=tr" });
    const png = await downloadFigure(app, "Dışa aktar", /ekran boyutu/, "Görseli indir");
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    writeFileSync("test-results/figure-tr.png", png);
    const ink = await titleInk(app, png);
    expect(ink.width).toBeGreaterThan(500);
    expect(ink.dark).toBeGreaterThan(500);
    await app.close();
  });

  it("?lang=kk: the PNG has the Kazakh letters from the Cyrillic faces (looked at: test-results/figure-kk.png)", async () => {
    const app = await session.open({ query: "?lang=kk" });
    const png = await downloadFigure(app, "Экспорт", /экран өлшемі/, "Суретті жүктеп алу");
    writeFileSync("test-results/figure-kk.png", png);
    expect((await titleInk(app, png)).dark).toBeGreaterThan(500);
    await app.close();
  });
});

describe("Russian print and downloads", () => {
  it("?lang=ru: print preview in Russian, on one page", async () => {
    const app = await session.open({ query: "?lang=ru", hash: "#seg=btk-rail-marabda-kars" });
    const { pdf, pages } = await app.printPdf();
    writeFileSync("test-results/print-ru.pdf", pdf);
    expect(pages).toBe(1);
    const printed = await app.page.evaluate(() =>
      [...document.querySelectorAll(".print-only")].map((el) => el.textContent ?? "").join("\n"),
    );
    for (const s of [
      "Средний коридор: из Китая в Европу",
      "Выделено: Железная дорога Баку — Тбилиси — Карс: Марабда — Карс",
      "Железная дорога",
      "Источники показанных аннотаций:",
      "Основа карты: Natural Earth",
    ])
      expect(printed).toContain(s);
    expect(printed).not.toContain("Sources of the annotations shown");
    await app.page.screenshot({ path: "test-results/print-ru.png" });
    await app.close();
  });

  it("?lang=ru: the annotations CSV has the Russian header and Russian words", async () => {
    const app = await session.open({ query: "?lang=ru" });
    await app.page.getByRole("button", { name: "Экспорт", exact: true }).click();
    const [download] = await Promise.all([
      app.page.waitForEvent("download", { timeout: 30_000 }),
      app.page.getByRole("button", { name: "Аннотации (CSV)" }).click(),
    ]);
    const csv = readFileSync(await download.path(), "utf8");
    const [header, ...rows] = csv.split("\r\n").filter(Boolean);
    expect(header).toBe(
      "тип_объекта,id_объекта,название_объекта,id_аннотации,тема,кратко,цитата,издание,заголовок,дата,примечание_к_дате,url",
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.some((r) => r.startsWith("участок,"))).toBe(true);
    expect(rows.some((r) => r.startsWith("пункт,"))).toBe(true);
    await app.close();
  });
});
