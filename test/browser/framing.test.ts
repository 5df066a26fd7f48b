// Every camera move frames its subject in the free area of the map (ARCHITECTURE.md, "Free
// area"): in explore mode a choice from the list, a place and the URL's seg=, clear of the
// details panel, the legend and the controls, with the end places' names in view.
import { describe, expect, it } from "vitest";
import type { SegmentFeature } from "../../src/data/corridorTypes.ts";
import { frameProblems, settle, subjectOf } from "./framing.ts";
import { appSession } from "./session.ts";

const session = appSession();
const EXPLORE_OVERLAYS = [".legend", ".details", ".maplibregl-ctrl"];

describe("framing in explore mode", () => {
  it("frames every segment chosen from the list clear of the panel and legend, its end labels in view", async () => {
    const app = await session.open();
    const corridor = await app.corridor();
    const problems: Record<string, string[]> = {};
    for (const seg of corridor.features.filter(
      (f): f is SegmentFeature => f.properties.featureType === "segment",
    )) {
      await app.chooseInList(seg.properties.name);
      await settle(app.page);
      const p = await frameProblems(
        app.page,
        subjectOf(corridor, { type: "segment", id: seg.properties.id }),
        EXPLORE_OVERLAYS,
      );
      if (p.length > 0) problems[seg.properties.id] = p;
    }
    expect(problems).toEqual({});
  }, 120_000);

  it("frames places and a segment named by the URL the same way", async () => {
    const app = await session.open();
    const corridor = await app.corridor();
    const problems: Record<string, string[]> = {};
    // The corridor's main places (every place is checked without a browser, in subjectFit.test.ts).
    const targets = [
      ...corridor.features
        .filter((f) => f.properties.featureType === "node" && f.properties.rank === 1)
        .map((f) => ({ type: "node" as const, id: f.properties.id })),
      { type: "segment" as const, id: "cn-rail-lianyungang-dostyk" },
      { type: "segment" as const, id: "btc-pipeline-sangachal-ceyhan" },
    ];
    for (const t of targets) {
      await app.goToHash(`#${t.type === "node" ? "node" : "seg"}=${t.id}`);
      await settle(app.page);
      const p = await frameProblems(app.page, subjectOf(corridor, t), EXPLORE_OVERLAYS);
      if (p.length > 0) problems[t.id] = p;
    }
    expect(problems).toEqual({});
  }, 120_000);

  it("on a portrait tablet, frames a choice above the bottom sheet", async () => {
    const app = await session.open({ viewport: { width: 768, height: 1024 }, touch: true });
    const corridor = await app.corridor();
    const problems: Record<string, string[]> = {};
    for (const id of ["cn-rail-lianyungang-dostyk", "caspian-sea-aktau-alat", "tr-rail-ankara-halkali"]) {
      await app.goToHash(`#seg=${id}`);
      await settle(app.page);
      const p = await frameProblems(app.page, subjectOf(corridor, { type: "segment", id }), [
        ...EXPLORE_OVERLAYS,
        ".sheet",
      ]);
      if (p.length > 0) problems[id] = p;
    }
    expect(problems).toEqual({});
  });
});

describe("framing beyond the camera", () => {
  it("the source reader's link back frames its segment in the free area", async () => {
    const app = await session.open({ hash: "#seg=caspian-power-cable" });
    const corridor = await app.corridor();
    await app.page
      .getByRole("region", { name: "Segment details" })
      .getByRole("button", { name: "Read in source" })
      .first()
      .click();
    const fiber = corridor.features.find((f) => f.properties.id === "caspian-fiber-aktau-sumgait");
    await app.page
      .getByRole("dialog")
      .getByRole("link", { name: `→ ${fiber?.properties.name}` })
      .first()
      .click();
    await expect.poll(() => app.detailsTitle()).toBe(fiber?.properties.name);
    await settle(app.page);
    expect(
      await frameProblems(
        app.page,
        subjectOf(corridor, { type: "segment", id: "caspian-fiber-aktau-sumgait" }),
        EXPLORE_OVERLAYS,
      ),
    ).toEqual([]);
  });

  it("the exported figure frames what the free area shows, not the map under the details panel", async () => {
    const app = await session.open({ hash: "#seg=kz-rail-dostyk-beyneu" });
    const svg = await app.exportSvg();
    const where = await app.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const width = Number(doc.querySelector("#map-clip rect")?.getAttribute("width"));
      const d = doc.querySelector('path[data-segment-id="kz-rail-dostyk-beyneu"]')?.getAttribute("d") ?? "";
      const xs = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number).filter((_, i) => i % 2 === 0);
      return (Math.min(...xs) + Math.max(...xs)) / 2 / width;
    }, svg);
    // The selected line sits in the middle of the figure, as it does in the free area.
    expect(Math.abs(where - 0.5)).toBeLessThan(0.08);
  });
});
