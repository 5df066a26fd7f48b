// The basemap in Chromium at zoom 4, 6 and 8 over Kazakhstan, the Caucasus and the Bosphorus:
// one page, the view set through the URL, a screenshot of each in test-results/ for a reviewer
// to look at, and MapLibre's own placement asked whether any basemap name (city, river, lake,
// sea, country) is drawn over a corridor place's name. Firefox and WebKit: everyEngine.test.ts.
import { describe, expect, it } from "vitest";
import { BASEMAP_VIEWS, labelOverlapsInPage } from "./basemapViews.ts";
import { appSession } from "./session.ts";

const session = appSession();

describe("the basemap in Chromium", () => {
  it("names cities, rivers, lakes and seas around the corridor, never over the corridor's names", async () => {
    const app = await session.open({ hash: BASEMAP_VIEWS[0].hash });
    const seen = new Set<string>();
    for (const view of BASEMAP_VIEWS) {
      await app.goToHash(view.hash);
      const report = await app.page.evaluate(labelOverlapsInPage);
      await app.page.screenshot({ path: `test-results/basemap-${view.name}.png` });
      expect(report.overlaps, view.name).toEqual([]);
      expect(report.corridorLabels.length, `${view.name}: corridor names`).toBeGreaterThan(0);
      expect(report.basemapLabels.length, `${view.name}: basemap names`).toBeGreaterThan(0);
      for (const name of report.basemapLabels) seen.add(name);
    }
    // What a reader orients by, somewhere in these views (the corridor's own places aside).
    for (const name of ["Kutaisi", "Syr Darya", "Lake Balkhash", "Kura", "Caspian Sea", "Black Sea"])
      expect(seen, name).toContain(name);
  }, 180_000);
});
