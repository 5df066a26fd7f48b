// Briefing mode in Chromium: the whole default tour with the keyboard, clicker keys, the
// presenter's window driving the audience's, and type sizes legible from the back of a room.
import { describe, expect, it } from "vitest";
import type { TourStep } from "../../src/data/schema.ts";
import type { AppDriver } from "./driver.ts";
import { appSession } from "./session.ts";

const session = appSession();
const HD = { width: 1920, height: 1080 };

const title = (app: AppDriver) => app.page.locator(".present-title").textContent();

describe("briefing mode", () => {
  it("steps through the whole default tour with the keyboard; the URL follows", async () => {
    const app = await session.open({ query: "?present=1", viewport: HD });
    const tour: TourStep[] = (await app.corridor()).tour;
    expect(tour.length).toBeGreaterThan(8);
    for (let i = 0; i < tour.length; i++) {
      const step = tour[i] as TourStep;
      await expect.poll(() => title(app)).toBe(step.title);
      expect(await app.page.locator(".present-count").textContent()).toBe(`Step ${i + 1} of ${tour.length}`);
      const hash = await app.hash();
      expect(hash).toContain(`step=${i + 1}`);
      if (step.target.type === "changes") expect(hash).toContain(`since=${step.target.since}`);
      else if (step.target.type === "route")
        expect(hash).toContain(`route=${step.target.from}~${step.target.to}`);
      else if (step.target.type !== "overview")
        expect(hash).toContain(`${step.target.type === "segment" ? "seg" : "node"}=${step.target.id}`);
      await app.pressKey(i % 2 === 0 ? "ArrowRight" : " ");
    }
    // Past the end it stays on the last step; Home and End jump; a number then Enter jumps.
    await expect.poll(() => title(app)).toBe(tour.at(-1)?.title);
    await app.pressKey("Home");
    await expect.poll(() => title(app)).toBe(tour[0]?.title);
    await app.pressKey("End");
    await expect.poll(() => title(app)).toBe(tour.at(-1)?.title);
    await app.pressKey("3");
    await app.pressKey("Enter");
    await expect.poll(() => title(app)).toBe(tour[2]?.title);
    expect(app.pageErrors).toEqual([]);
    expect(app.offOriginRequests()).toEqual([]);
    await app.close();
  });

  it("follows a clicker's PageDown and PageUp, blanks the screen with B, and reloads at the same step", async () => {
    const app = await session.open({
      query: "?present=1",
      hash: "#step=4",
      viewport: HD,
    });
    const tour: TourStep[] = (await app.corridor()).tour;
    await expect.poll(() => title(app)).toBe(tour[3]?.title);
    await app.pressKey("PageDown");
    await expect.poll(() => title(app)).toBe(tour[4]?.title);
    await app.pressKey("PageUp");
    await app.pressKey("PageUp");
    await expect.poll(() => title(app)).toBe(tour[2]?.title);
    await app.pressKey("b");
    expect(await app.page.locator(".present-blackout").count()).toBe(1);
    await app.pressKey("b");
    expect(await app.page.locator(".present-blackout").count()).toBe(0);
    await app.page.reload();
    await app.waitForMapReady();
    await expect.poll(() => title(app)).toBe(tour[2]?.title);
    await app.close();
  });

  it("the presenter's window drives the audience's", async () => {
    const audience = await session.open({ query: "?present=1", viewport: HD });
    const tour: TourStep[] = (await audience.corridor()).tour;
    const { page: presenter } = await session.openBeside(audience, {
      query: "?present=1&presenter=1",
      waitForMap: false,
    });
    await presenter.getByRole("button", { name: /Next/ }).click();
    await presenter.getByRole("button", { name: /Next/ }).click();
    await expect.poll(() => title(audience)).toBe(tour[2]?.title);
    expect(await presenter.getByRole("region", { name: "Current step" }).textContent()).toContain(
      tour[2]?.notes ?? "",
    );
    await presenter.getByRole("button", { name: "Black screen (B)" }).click();
    await expect.poll(() => audience.page.locator(".present-blackout").count()).toBe(1);
    // And the audience's keys move the presenter's view too.
    await audience.pressKey("b");
    await audience.pressKey("ArrowRight");
    await expect
      .poll(() => presenter.locator(".present-count").textContent())
      .toBe(`Step 4 of ${tour.length}`);
    await audience.close();
  });

  it.each([
    [1920, 1080, 28, 44],
    [3840, 2160, 56, 88],
  ])("at %i×%i, body text is at least %i px and titles %i px", async (width, height, body, heading) => {
    const app = await session.open({
      query: "?present=1",
      hash: "#step=6",
      viewport: { width, height },
    });
    const sizes = await app.page.evaluate(() => ({
      title: Number.parseFloat(
        getComputedStyle(document.querySelector(".present-title") as Element).fontSize,
      ),
      body: Number.parseFloat(
        getComputedStyle(document.querySelector(".present-points li") as Element).fontSize,
      ),
      count: Number.parseFloat(
        getComputedStyle(document.querySelector(".present-count") as Element).fontSize,
      ),
    }));
    expect(sizes.title).toBeGreaterThanOrEqual(heading);
    expect(sizes.body).toBeGreaterThanOrEqual(body);
    await app.page.screenshot({ path: `test-results/present-${width}x${height}.png` });
    // The caption leaves the map most of the screen.
    const caption = await app.page.locator(".present-caption").boundingBox();
    expect(caption?.height ?? height).toBeLessThan(height * 0.45);
    await app.close();
  });
});
