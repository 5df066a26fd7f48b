// The corridor through time in the built app (Chromium; the same paths run in Firefox and WebKit
// in test/xbrowser/): the map as of a date, the slider by keys, Back, Play to today, changes since.
import { describe, expect, it } from "vitest";
import { appSession } from "./session.ts";
import { drawnSegments, focusSlider, pageToday, sliderState } from "./timeTravel.ts";

const session = appSession();
const BTK = "btk-rail-marabda-kars";
const FIBRE = "caspian-fiber-aktau-sumgait";

describe("the map as of a date", () => {
  it("shows BTK not yet operational in June 2016 and operational in January 2018", async () => {
    const app = await session.open({ hash: `#date=2016-06&seg=${BTK}` });
    await app.waitForCameraStill();
    const before = (await drawnSegments(app.page)).find((s) => s.id === BTK);
    expect(before).toEqual({ id: BTK, status: "under-construction", built: false, changed: false });
    const details = app.page.getByRole("region", { name: "Segment details" });
    expect(await details.locator(".details-meta").textContent()).toContain("Under construction");
    await app.goToHash(`#date=2018-01&seg=${BTK}`);
    await expect
      .poll(async () => (await drawnSegments(app.page)).find((s) => s.id === BTK))
      .toEqual({ id: BTK, status: "operational", built: true, changed: false });
    expect((await sliderState(app.page)).text).toBe("Jan 2018");
  });

  it("does not draw a line before it was proposed, and draws it today", async () => {
    const app = await session.open({ hash: "#date=2016-06" });
    await app.waitForCameraStill();
    const then = await drawnSegments(app.page);
    expect(then.length).toBeGreaterThan(5);
    expect(then.map((s) => s.id)).not.toContain(FIBRE);
    await app.goToHash("#");
    await expect.poll(async () => (await drawnSegments(app.page)).map((s) => s.id)).toContain(FIBRE);
  });
});

describe("embeds and links keep the date", () => {
  it("an embed shows the map as of its date, says so, and its full-map link keeps it", async () => {
    const app = await session.open({ query: "?embed=1", hash: `#date=2016-06&seg=${BTK}` });
    await app.waitForCameraStill();
    expect((await drawnSegments(app.page)).find((s) => s.id === BTK)?.status).toBe("under-construction");
    expect(await app.page.locator(".as-of-badge").textContent()).toBe("As of Jun 2016");
    expect(await app.page.getByRole("link", { name: /Open full map/ }).getAttribute("href")).toContain(
      "date=2016-06",
    );
  });

  it("the Share dialog's link and embed code carry the date and the changes-since date", async () => {
    const app = await session.open({ hash: "#date=2016-06&since=2015" });
    await app.page.getByRole("button", { name: "Share" }).click();
    const link = await app.page.getByLabel("Link to this view").inputValue();
    expect(link).toContain("date=2016-06&since=2015");
    expect(await app.page.getByLabel("Embed code").inputValue()).toContain("date=2016-06&amp;since=2015");
  });
});

describe("the As of slider", () => {
  it("moves a month per arrow and a year with Shift; the URL follows and Back returns", async () => {
    const app = await session.open({ hash: "#date=2016-06" });
    expect(await focusSlider(app.page)).toBe(true);
    await app.pressKey("ArrowRight");
    await expect.poll(async () => (await sliderState(app.page)).text).toBe("Jul 2016");
    await app.pressKey("Shift+ArrowRight");
    await expect.poll(async () => (await sliderState(app.page)).text).toBe("Jul 2017");
    expect(await app.hash()).toContain("date=2017-07");
    await app.page.goBack();
    await expect.poll(async () => (await sliderState(app.page)).text).toBe("Jul 2016");
    // Dragging the thumb by mouse moves the date as well.
    const thumb = await app.page.getByRole("slider", { name: "As of" }).boundingBox();
    if (!thumb) throw new Error("the slider is not on screen");
    await app.page.mouse.move(thumb.x + thumb.width / 2, thumb.y + thumb.height / 2);
    await app.page.mouse.down();
    await app.page.mouse.move(thumb.x + thumb.width / 2 + 120, thumb.y + thumb.height / 2, { steps: 6 });
    await app.page.mouse.up();
    expect((await sliderState(app.page)).day).toBeGreaterThan(Date.UTC(2016, 6, 1) / 86_400_000 + 200);
  });

  it("Play runs on to today and the targets, and Space pauses it", async () => {
    const app = await session.open({ hash: "#date=2024-06" });
    await app.page.getByRole("combobox", { name: "Speed" }).selectOption("fast");
    await app.page.getByRole("button", { name: "Play" }).click();
    const today = await pageToday(app.page);
    let seen = 0;
    await expect
      .poll(
        async () => {
          const s = await sliderState(app.page);
          seen = Math.max(seen, s.day);
          return seen >= today && !s.playing;
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    // Pausing: a new Play, then Space with the focus on the slider.
    await app.goToHash("#date=2010");
    await app.page.getByRole("button", { name: "Play" }).click();
    await expect.poll(async () => (await sliderState(app.page)).playing).toBe(true);
    await focusSlider(app.page);
    await app.pressKey(" ");
    await expect.poll(async () => (await sliderState(app.page)).playing).toBe(false);
    const paused = (await sliderState(app.page)).day;
    await app.page.waitForTimeout(600);
    expect((await sliderState(app.page)).day).toBe(paused);
  });
});

describe("what changed since", () => {
  it("lists the sourced events since the date and marks their segments on the map", async () => {
    const app = await session.open({ hash: "#since=2025-01-01" });
    const panel = app.page.getByRole("region", { name: "What changed" });
    await expect.poll(() => panel.textContent()).toContain("What changed since 1 Jan 2025");
    expect(await panel.getByRole("link", { name: /^source/ }).count()).toBeGreaterThan(3);
    // The map marks the lines that changed, and only those.
    const drawn = await drawnSegments(app.page);
    expect(drawn.find((s) => s.id === "kz-rail-dostyk-beyneu")?.changed).toBe(true);
    expect(drawn.find((s) => s.id === "tr-rail-halkali-kapikule")?.changed).toBe(false);
    await panel.getByRole("button", { name: /^Kazakhstan rail: Dostyk/ }).click();
    await expect.poll(() => app.detailsTitle()).toMatch(/^Kazakhstan rail: Dostyk/);
    await app.page.screenshot({ path: "test-results/changes-since-2025.png" });
  });
});
