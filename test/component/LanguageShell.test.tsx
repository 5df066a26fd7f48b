// The app shell in the reader's language: a failed panel, the load failure and the tab's title
// (which follows the menu), the dialogs' close button and an interactive embed's frame.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import type { ModeState } from "../../src/app/mode.ts";
import { MapFactoryContext } from "../../src/map/MapFactoryContext.ts";
import { fakeMapFactory } from "../fakes/FakeMapController.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";

const broken = vi.hoisted(() => ({ overview: false }));

vi.mock("../../src/features/overview/Overview.tsx", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/features/overview/Overview.tsx")>();
  return {
    Overview: (props: Parameters<typeof real.Overview>[0]) => {
      if (broken.overview) throw new Error("overview exploded");
      return real.Overview(props);
    },
  };
});

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  broken.overview = false;
  consoleError.mockRestore();
  window.history.replaceState(null, "", "/");
  document.documentElement.lang = "en";
  document.title = "";
});

const withLang = (lang: string) => window.history.replaceState(null, "", `/?lang=${lang}`);

/** The app in a mode, once its page is there (renderApp waits for the English list's name). */
async function renderIn(modeState: ModeState = { mode: "explore" }) {
  render(
    <MapFactoryContext.Provider value={fakeMapFactory()}>
      <App loadCorridor={async () => fixtureCorridor()} modeState={modeState} />
    </MapFactoryContext.Provider>,
  );
  await screen.findByRole("main");
}

describe("the app shell in another language", () => {
  it("a failed panel says so in Russian, with its name, and reloads", async () => {
    withLang("ru");
    broken.overview = true;
    await renderIn();
    const failed = await screen.findByRole("alert", { name: "Обзор (ошибка)" });
    expect(failed.textContent).toContain("Эта панель не загрузилась");
    expect(failed.textContent).toContain("Остальная карта работает.");
    // The error's own words stay English, marked so.
    expect(failed.querySelector('[lang="en"]')?.textContent).toBe("overview exploded");
    expect(failed.textContent).not.toMatch(/This panel failed|Reload panel/);
    broken.overview = false;
    fireEvent.click(within(failed).getByRole("button", { name: "Перезагрузить панель" }));
    expect(screen.queryByRole("alert", { name: "Обзор (ошибка)" })).toBeNull();
  });

  it("the tab's title is the app's name in the language, and follows the menu", async () => {
    withLang("kk");
    await renderIn();
    await waitFor(() => expect(document.title).toBe("Орта дәліз картасы"));
    fireEvent.change(screen.getByRole("combobox", { name: "Тіл" }), { target: { value: "az" } });
    await waitFor(() => expect(document.title).toBe("Orta Dəhliz xəritəsi"));
    fireEvent.change(screen.getByRole("combobox", { name: "Dil" }), { target: { value: "en" } });
    await waitFor(() => expect(document.title).toBe("Middle Corridor Map"));
  });

  it("the load failure and Try again speak Turkish", async () => {
    withLang("tr");
    const load = vi
      .fn<() => Promise<ReturnType<typeof fixtureCorridor>>>()
      .mockRejectedValue(new Error("HTTP 503"));
    render(
      <MapFactoryContext.Provider value={fakeMapFactory()}>
        <App loadCorridor={load} />
      </MapFactoryContext.Provider>,
    );
    const alert = await screen.findByRole("alert");
    expect(alert.querySelector("h1")?.textContent).toBe("Koridor verileri yüklenemedi");
    expect(alert.querySelector('[lang="en"]')?.textContent).toBe("HTTP 503");
    expect(screen.getByRole("button", { name: "Yeniden dene" })).toBeTruthy();
  });

  it("a dialog's close button is named in Chinese", async () => {
    withLang("zh");
    await renderIn();
    fireEvent.click(await screen.findByRole("button", { name: "分享" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByRole("button", { name: "关闭" })).toBeTruthy();
  });

  it("an interactive embed's frame speaks Azerbaijani", async () => {
    withLang("az");
    await renderIn({
      mode: "embed",
      embed: { height: 400, legend: true, interactive: true, explore: true },
    });
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("Orta Dəhliz xəritəsi");
    const open = screen.getByRole("link", { name: /Tam xəritəni aç/ });
    expect(open.textContent).toContain("(yeni vərəqdə açılır)");
    const credit = document.querySelector(".embed-credit")?.textContent ?? "";
    expect(credit).toContain("Mənbələr:");
    expect(credit).toContain("Əsas xəritə: Natural Earth");
    expect(screen.getByRole("list", { name: "Şərti işarələr" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("az");
  });
});
