// The still embed speaks from its lite file's texts alone (src/still/stillTexts.ts: no catalogue,
// English included). Rendered with the texts the build writes into each language's file, its
// frame, legend, as-of badge and a route link's summary table ask for no key the file lacks (a
// key outside src/still/stillTextKeys.ts would read as its own name in the picture).
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { loadCatalogues } from "../../scripts/lib/catalogues.ts";
import { RouteSummaryTable } from "../../src/features/route/RouteSummaryTable.tsx";
import { I18nContext } from "../../src/i18n/i18nContext.ts";
import type { Lang } from "../../src/i18n/languages.ts";
import { StillEmbed } from "../../src/still/StillEmbed.tsx";
import { stillRoute } from "../../src/still/stillRoute.ts";
import { stillTexts } from "../../src/still/stillTextKeys.ts";
import { type StillTexts, stillI18n } from "../../src/still/stillTexts.ts";
import { stillViewOf } from "../../src/still/stillView.ts";
import { realCorridor } from "../fixtures/routeFixtures.ts";

const CATALOGUES = await loadCatalogues();
const corridor = realCorridor();

/** The texts, noting each key asked for that they lack. */
function recording(texts: StillTexts) {
  const missing = new Set<string>();
  const proxy = new Proxy(texts, {
    get: (own, key) => {
      if (typeof key === "string" && !(key in own)) missing.add(key);
      return own[key as keyof StillTexts];
    },
  });
  return { proxy, missing };
}

describe("the still embed's words", () => {
  it.each<[Lang, string]>([
    ["en", "Explore"],
    ["ru", "Исследовать"],
  ])("%s: every text it shows is in its lite file", (lang, explore) => {
    const { proxy, missing } = recording(stillTexts(CATALOGUES[lang]));
    const view = stillViewOf(corridor, "#date=2016-06&route=lianyungang~halkali");
    const route = view.route ? stillRoute(corridor, view.route.query, view.route.variant) : null;
    expect(route).not.toBeNull();
    render(
      <I18nContext.Provider value={stillI18n(lang, proxy)}>
        <StillEmbed
          corridor={corridor}
          basemap={null}
          view={view}
          hash=""
          options={{ legend: true, interactive: false, height: 400, explore: true }}
          route={route}
          routeTable={route ? <RouteSummaryTable report={route.report} /> : null}
          onExplore={async () => {}}
        />
      </I18nContext.Provider>,
    );
    expect(screen.getByRole("button").textContent).toContain(explore);
    expect(screen.getByRole("table")).toBeTruthy();
    expect([...missing]).toEqual([]);
  });
});
