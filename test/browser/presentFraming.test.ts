// A briefing is read from the back of a room: every step frames its subject in the map above
// the caption band, clear of the legend and controls, at 1280 × 720, 1920 × 1080 and 3840 × 2160,
// with and without reduced motion; the band leaves the map 65 % of the height and never cuts its
// text; place labels are large enough to read.
import { describe, expect, it } from "vitest";
import type { TourStep } from "../../src/data/schema.ts";
import type { AppDriver } from "./driver.ts";
import { captionProblems, frameProblems, settle, stepSubjectTarget, subjectOf } from "./framing.ts";
import { appSession } from "./session.ts";

const session = appSession();
const PRESENT_OVERLAYS = [".present-legend", ".maplibregl-ctrl"];

const target = stepSubjectTarget;

/** The first step of each kind of target, and the last: what the 4K walk checks. */
function oneStepOfEachKind(tour: readonly TourStep[]): Set<number> {
  const firsts = new Map<string, number>();
  tour.forEach((t, i) => {
    if (!firsts.has(t.target.type)) firsts.set(t.target.type, i);
  });
  return new Set([...firsts.values(), tour.length - 1]);
}

/**
 * Walks the tour's first `count` steps (all by default) by the arrow key, checking each, or
 * only those `only` names (the others are passed by the same key without a check).
 */
async function walkTour(
  app: AppDriver,
  check: (step: TourStep) => Promise<string[]>,
  idle = true,
  count = Number.POSITIVE_INFINITY,
  only: ((tour: readonly TourStep[]) => Set<number>) | null = null,
) {
  const tour: TourStep[] = (await app.corridor()).tour;
  const checked = only?.(tour) ?? null;
  const problems: Record<string, string[]> = {};
  for (let i = 0; i < Math.min(count, tour.length); i++) {
    const step = tour[i] as TourStep;
    if (checked && !checked.has(i)) {
      await app.pressKey("ArrowRight");
      continue;
    }
    await expect.poll(() => app.page.locator(".present-title").textContent()).toBe(step.title);
    await settle(app.page, { idle });
    const p = await check(step);
    if (p.length > 0) problems[`${i + 1} ${step.title}`] = p;
    await app.pressKey("ArrowRight");
  }
  return problems;
}

/** The smallest place label drawn now, per label layer, in px. */
const labelSizes = (app: AppDriver) =>
  app.page.evaluate(() =>
    (
      window as unknown as { __corridorMap: { labelSizes(): Record<string, number> } }
    ).__corridorMap.labelSizes(),
  );

describe("briefing frames", () => {
  // Every step at 1280 and 1920 with reduced motion (each step a jump); with the flights
  // between steps (which end where the jump does: the same fitted camera), the first four at 1920
  // (four flights show it; seven cost CI 40 s more); at 3840 one step of each kind and the last
  // (the layout scales as at 1920; every step at 4K cost CI over two minutes).
  for (const { viewport, reducedMotion, minLabel, steps, only } of [
    {
      viewport: { width: 1280, height: 720 },
      reducedMotion: true,
      minLabel: 0,
      steps: undefined,
      only: null,
    },
    {
      viewport: { width: 1920, height: 1080 },
      reducedMotion: true,
      minLabel: 20,
      steps: undefined,
      only: null,
    },
    { viewport: { width: 1920, height: 1080 }, reducedMotion: false, minLabel: 20, steps: 4, only: null },
    {
      viewport: { width: 3840, height: 2160 },
      reducedMotion: true,
      minLabel: 40,
      steps: undefined,
      only: oneStepOfEachKind,
    },
  ]) {
    it(`at ${viewport.width} × ${viewport.height}${reducedMotion ? " (reduced motion)" : ", flying"}, ${steps ? `the first ${steps} steps show` : only ? "one step of each kind shows" : "every step shows"} the whole subject above the caption, whose text fits; labels ≥ ${minLabel} px`, async () => {
      const app = await session.open({ query: "?present=1", viewport, reducedMotion });
      const corridor = await app.corridor();
      const problems = await walkTour(
        app,
        async (step) => {
          const sizes = Object.entries(await labelSizes(app)).filter(([, px]) => px < minLabel);
          return [
            ...(await frameProblems(app.page, subjectOf(corridor, target(step)), PRESENT_OVERLAYS)),
            ...(await captionProblems(app.page)),
            ...sizes.map(([layer, px]) => `${layer} drawn at ${px} px`),
          ];
        },
        reducedMotion,
        steps,
        only,
      );
      expect(problems).toEqual({});
      if (minLabel === 0 || !reducedMotion) return;
      // The presented line is clearly thicker than the rest, and the high-contrast theme keeps the sizes.
      await app.pressKey("Home");
      await expect.poll(() => app.page.locator(".present-title").textContent()).toBe(corridor.tour[0]?.title);
      // On to the first step that presents a line.
      const lineStep = corridor.tour.findIndex((t) => t.target.type === "segment");
      for (let i = 0; i < lineStep; i++) await app.pressKey("ArrowRight");
      await expect
        .poll(() => app.page.locator(".present-title").textContent())
        .toBe(corridor.tour[lineStep]?.title);
      await settle(app.page, { idle: reducedMotion });
      const widths = await app.page.evaluate(() =>
        (
          window as unknown as { __corridorMap: { lineWidths(): { selected: number; others: number } } }
        ).__corridorMap.lineWidths(),
      );
      expect(widths.selected).toBeGreaterThan(widths.others * 1.5);
      await app.pressKey("c");
      await expect.poll(() => app.page.locator(".present-contrast").count()).toBe(1);
      await settle(app.page, { idle: reducedMotion });
      for (const [layer, px] of Object.entries(await labelSizes(app)))
        expect(px, layer).toBeGreaterThanOrEqual(minLabel);
    }, 180_000);
  }

  // The preview is the audience's page in a frame: the walks above check every step's framing,
  // so here one step of each kind and the last (every step cost CI 22 s), all passed by the key.
  it("the presenter's preview shows a step of each kind framed as the audience's screen does", async () => {
    const app = await session.open({
      query: "?present=1&presenter=1",
      viewport: { width: 1400, height: 1000 },
      waitForMap: false,
    });
    const corridor = await app.corridor();
    const tour: TourStep[] = corridor.tour;
    const frame = await (
      await app.page.waitForSelector('iframe[title="Preview of the audience\'s screen"]')
    ).contentFrame();
    if (!frame) throw new Error("no preview frame");
    await frame.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 45_000 });
    const problems: Record<string, string[]> = {};
    const checked = oneStepOfEachKind(tour);
    for (let i = 0; i < tour.length; i++) {
      const step = tour[i] as TourStep;
      await expect.poll(() => frame.locator(".present-title").textContent()).toBe(step.title);
      if (checked.has(i)) {
        await settle(frame);
        const p = await frameProblems(frame, subjectOf(corridor, target(step)), PRESENT_OVERLAYS);
        if (p.length > 0) problems[`${i + 1} ${step.title}`] = p;
      }
      await app.pressKey("ArrowRight");
    }
    expect(problems).toEqual({});
    expect(checked.size).toBeGreaterThan(2);
    // Following the presenter adds nothing to the window's Back list.
    expect(await app.page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
  }, 180_000);
});
