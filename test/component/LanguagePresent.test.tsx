// Present mode and the content in the reader's language: the captions of a briefing opened with
// ?lang=ru (the tour's Russian title, the step counter, a translated summary, the quote kept in
// English and marked EN), the English title marked where a step has no translation, the key
// help in Kazakh, and the "(in English)" marker on a fact label or history event left untranslated.
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { TourStep } from "../../src/data/schema.ts";
import { FactList } from "../../src/features/details/FactList.tsx";
import { HistoryList } from "../../src/features/details/HistoryList.tsx";
import kk from "../../src/i18n/catalogues/kk.ts";
import { I18nContext, i18nFor } from "../../src/i18n/i18nContext.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";
import { renderApp } from "./renderApp.tsx";

afterEach(() => {
  window.history.replaceState(null, "", "/");
  document.documentElement.lang = "en";
});

const TOUR: TourStep[] = [
  {
    target: { type: "segment", id: "rail-a" },
    title: "Beyneu to Aktau",
    titles: { ru: "От Бейнеу до Актау", kk: "Бейнеуден Ақтауға дейін" },
    notes: "Rail to the port.",
    notesIn: { ru: "Железная дорога до порта." },
  },
  { target: { type: "overview" }, title: "The whole corridor" },
];

async function briefing(query: string) {
  window.history.replaceState(null, "", `/${query}`);
  const corridor = fixtureCorridor();
  corridor.collection.tour = TOUR;
  return renderApp(corridor, { mode: "present", window: "audience" });
}

describe("a briefing in Russian", () => {
  it("shows the step's Russian title and counter, a Russian point and the quote in English, marked", async () => {
    await briefing("?present=1&lang=ru");
    const caption = await screen.findByRole("region", { name: "Шаг брифинга" });
    expect(within(caption).getByRole("heading", { level: 1 }).textContent).toBe("От Бейнеу до Актау");
    expect(caption.textContent).toContain("Шаг 1 из 2");
    expect(caption.textContent).toContain("Линию модернизируют.");
    const quotes = [...caption.querySelectorAll("q")];
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.getAttribute("lang")).toBe("en");
    const quote = quotes.find((q) => q.textContent?.startsWith("The railway"));
    expect(quote?.getAttribute("lang")).toBe("en");
    expect(quote?.textContent).toBe("The railway from Aktau to the border is being upgraded.");
    expect(quote?.parentElement?.getAttribute("data-quote-lang")).toBe("EN");
    expect(quote?.parentElement?.getAttribute("title")).toContain("английский");
    expect(screen.getByRole("complementary", { name: "Легенда" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("ru");
  });

  it("marks a step title shown in English for want of a translation", async () => {
    await briefing("?present=1&lang=ru");
    await screen.findByRole("region", { name: "Шаг брифинга" });
    fireEvent.keyDown(window, { key: "ArrowRight" });
    const title = await screen.findByRole("heading", { level: 1, name: /The whole corridor/ });
    expect(title.textContent).toBe("The whole corridor (на английском)");
    expect(title.querySelector('[lang="en"]')?.textContent).toBe("The whole corridor");
    expect(screen.getByRole("region", { name: "Шаг брифинга" }).textContent).toContain("Шаг 2 из 2");
  });
});

describe("the key help", () => {
  it("lists the keys in Kazakh on ?, and Esc closes it without leaving the briefing", async () => {
    await briefing("?present=1&lang=kk");
    await screen.findByRole("region", { name: "Брифинг қадамы" });
    expect(screen.queryByRole("dialog")).toBeNull();
    fireEvent.keyDown(window, { key: "?" });
    const help = screen.getByRole("dialog", { name: "Пернелер" });
    for (const text of [
      "Келесі қадам",
      "Алдыңғы қадам",
      "Бос орын",
      "Толық экран",
      "Қара экран",
      "Брифингтен шығу",
    ])
      expect(help.textContent).toContain(text);
    expect(within(help).getByRole("button", { name: "Жабу" })).toBeTruthy();
    fireEvent.keyDown(window, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByRole("region", { name: "Брифинг қадамы" })).toBeTruthy();
  });
});

describe("the in-English marker", () => {
  const inKazakh = (children: React.ReactNode) =>
    render(<I18nContext.Provider value={i18nFor("kk", kk)}>{children}</I18nContext.Provider>);

  it("marks a fact label without a translation, and not one with it", () => {
    inKazakh(
      <FactList
        facts={[
          { label: "Length", labels: { kk: "Ұзындығы" }, value: "380 km", ref: { note: "n" } },
          { label: "Gauge", value: "1520 mm", ref: { note: "n" } },
        ]}
      />,
    );
    const terms = screen.getAllByRole("term");
    expect(terms[0]?.textContent).toBe("Ұзындығы");
    expect(terms[1]?.textContent).toBe("Gauge (ағылшынша)");
    expect(terms[1]?.querySelector('[lang="en"]')?.textContent).toBe("Gauge");
  });

  it("marks a history event without a translation", () => {
    inKazakh(
      <HistoryList
        day={Number.MAX_SAFE_INTEGER}
        history={[
          {
            date: "2014",
            datePrecision: "year",
            kind: "event",
            label: "Opened",
            labels: { kk: "Ашылды" },
            ref: { note: "n" },
          },
          { date: "2020", datePrecision: "year", kind: "event", label: "Second track", ref: { note: "n" } },
        ]}
      />,
    );
    const items = within(screen.getByRole("list", { name: "Тарихы" })).getAllByRole("listitem");
    expect(items[0]?.textContent).toContain("Ашылды");
    expect(items[0]?.textContent).not.toContain("(ағылшынша)");
    expect(items[1]?.textContent).toContain("Second track (ағылшынша)");
  });
});
