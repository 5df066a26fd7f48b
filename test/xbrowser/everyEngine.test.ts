// The app in Firefox and in WebKit (Safari's engine), beside the Chromium suite in test/browser/:
// the same user paths in each engine, one spec run once per engine. A new feature adds its step
// here, so it is tested in all three engines from the start. After each step the session checks
// the page: no script error, nothing the CSP blocked, no request off the app's origin.
import { describe, expect, inject, it } from "vitest";
import type { TourStep } from "../../src/data/schema.ts";
import { BASEMAP_VIEWS, labelOverlapsInPage } from "../browser/basemapViews.ts";
import { checkZip } from "../browser/editorCheck.ts";
import {
  ARTICLE,
  FERRY,
  FIRST_QUOTE,
  META,
  PROMO_LINE,
  SOURCE_ID,
  SUMMARY,
} from "../browser/editorFixture.ts";
import { editorState, selectInArticle, setEditorField } from "../browser/editorInPage.ts";
import { captionProblems, frameProblems, settle, stepSubjectTarget, subjectOf } from "../browser/framing.ts";
import { drawnSegments, focusSlider, pageToday, sliderState } from "../browser/timeTravel.ts";
import { EMBED_HASH, MANY_EMBEDS, MANY_EMBEDS_PATH } from "./hostPage.ts";
import type { ProbeRecord } from "./probe.ts";
import { ENGINES, engineSession } from "./session.ts";

const HD = { width: 1920, height: 1080 };

describe.each(ENGINES)("in $name", (entry) => {
  const session = engineSession(entry);

  it("explore opens and reaches data-ready, with the map drawn", async () => {
    const app = await session.open();
    const canvas = await app.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>(".maplibregl-canvas");
      return c ? { w: c.clientWidth, h: c.clientHeight } : null;
    }, null);
    expect(canvas?.w).toBeGreaterThan(600);
    expect(await app.text('nav[aria-label="Segments"]')).toContain("Baku–Tbilisi–Kars");
    // The suite runs with reduced motion, as the Chromium one emulates it.
    expect(await app.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches, null)).toBe(true);
    // Text is set in the fonts that ship with the app (Noto Sans; Noto Serif for quotes), not in
    // whatever the engine or system falls back to.
    const fonts = await app.evaluate(async () => {
      await document.fonts.ready;
      const loaded = [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family);
      const quote = document.querySelector("blockquote");
      return { loaded, quote: quote ? getComputedStyle(quote).fontFamily : "" };
    }, null);
    expect(fonts.quote).toMatch(/^"?Noto Serif"?,/);
    expect(fonts.loaded.some((f) => f.includes("Noto Sans"))).toBe(true);
    expect(fonts.loaded.some((f) => f.includes("Noto Serif"))).toBe(true);
    await app.screenshot("explore");
  });

  it("choosing in the list opens the details", async () => {
    const app = await session.open();
    const sea = (await app.segments()).find((s) => s.properties.kind === "sea");
    if (!sea) throw new Error("no sea segment in the data");
    await app.chooseInList(sea.properties.name);
    expect(await app.until(() => app.detailsTitle(), sea.properties.name)).toBe(sea.properties.name);
    expect(await app.hash()).toContain(`seg=${sea.properties.id}`);
    expect(
      await app.evaluate(
        () => document.querySelectorAll("[aria-label='Segment details'] blockquote").length,
        null,
      ),
    ).toBeGreaterThan(0);
  });

  it("clicking a segment where it is drawn selects it", async () => {
    const app = await session.open();
    const segments = await app.segments();
    // A thick solid line and a thin dotted one, each clicked on the canvas itself (the Chromium
    // suite clicks every segment).
    for (const kind of ["rail", "fiber"]) {
      const s = segments.find((f) => f.properties.kind === kind);
      if (!s) throw new Error(`no ${kind} segment in the data`);
      // Let the app frame the segment, then clear the selection and click the line itself.
      await app.goToHash(`#seg=${s.properties.id}`);
      await app.press("Escape");
      expect(await app.until(() => app.detailsTitle(), null)).toBeNull();
      await app.clickSegmentWhereDrawn(s.properties.id);
      expect(
        await app.until(() => app.detailsTitle(), s.properties.name),
        `click on ${s.properties.id}`,
      ).toBe(s.properties.name);
      expect(await app.hash()).toContain(`seg=${s.properties.id}`);
    }
    await app.screenshot("explore-selected");
  });

  it("search by keyboard: / then a name as typed on an English keyboard, Enter shows the place", async () => {
    const app = await session.open();
    expect(await app.search("kesik", "Böyük Kəsik")).toContain("Böyük Kəsik");
    await app.press("Enter");
    expect(await app.until(() => app.text('[aria-label="Place details"] h2'), "Böyük Kəsik")).toBe(
      "Böyük Kəsik",
    );
    expect(await app.hash()).toContain("node=boyuk-kasik");
  });

  it("the reader opens with highlights", async () => {
    const app = await session.open({ hash: "#seg=caspian-fiber-aktau-sumgait" });
    expect(await app.openReader()).toBeGreaterThan(0);
    expect(await app.text("dialog[open] .mark-focus")).toBeTruthy();
    await app.screenshot("reader");
    await app.press("Escape");
    expect(
      await app.until(() => app.evaluate(() => document.querySelector("dialog[open]") === null, null), true),
    ).toBe(true);
    // The modal <dialog> gives focus back to the button that opened it.
    expect(await app.evaluate(() => document.activeElement?.textContent ?? "", null)).toBe("Read in source");
  });

  it("the editor: paste, fill, quote by key, pin by a map click; the details show the draft; a reload keeps it; the zip passes the check", async () => {
    const app = await session.open({ hash: `#seg=${FERRY}` });
    await app.clickButton("Add a source");
    await app.waitFor("the editor", () => document.querySelector(".editor-panel textarea") !== null, null);
    await app.evaluate(setEditorField, { label: "Article text", value: ARTICLE });
    await app.evaluate(setEditorField, { label: PROMO_LINE, value: "true" });
    for (const [label, value] of Object.entries(META)) await app.evaluate(setEditorField, { label, value });
    await app.clickButton("Add an annotation");
    // The selection is made in the page; the key that quotes it is the engine's own.
    expect(await app.evaluate(selectInArticle, FIRST_QUOTE)).toBe(true);
    await app.press("q");
    expect((await app.waitFor("the quote", editorState, null)).quotes).toEqual([FIRST_QUOTE]);
    await app.clickButton("Pick on the map");
    // The map narrowed beside the editor: let it settle before aiming at the line.
    await app.waitForMapReady();
    await app.clickSegmentWhereDrawn(FERRY);
    await app.waitFor("the pin", () => document.querySelectorAll(".editor-panel .chip").length === 1, null);
    await app.clickButton("Done picking");
    await app.evaluate(setEditorField, { label: "Summary, in our words", value: SUMMARY });
    await app.evaluate(setEditorField, { label: "Topic", value: "infrastructure" });
    await app.waitFor(
      "the check to pass",
      () => document.querySelector(".editor-panel .editor-ok") !== null,
      null,
    );
    const inDetails = await app.waitFor(
      "the draft in the details",
      () => document.querySelector("[aria-label='Segment details'] article.is-draft")?.textContent ?? null,
      null,
    );
    expect(inDetails).toContain(SUMMARY);
    await app.screenshot("editor");

    // A reload keeps the draft: it is in the details again (the address still selects the line).
    await app.reload();
    expect(
      await app.waitFor(
        "the draft after a reload",
        () => document.querySelector("[aria-label='Segment details'] article.is-draft")?.textContent ?? null,
        null,
      ),
    ).toContain(FIRST_QUOTE);

    // The zip it downloads passes the full data check in a copy of data/.
    await app.clickButton("Add a source");
    await app.clickButton("Resume");
    await app.waitFor(
      "the resumed draft",
      () => document.querySelector(".editor-panel .editor-ok") !== null,
      null,
    );
    const before = (await app.probe()).downloads.length;
    await app.clickButton("Download all (zip)");
    const zip = await app.waitFor(
      "the zip",
      (n) => (window as unknown as { __xbrowser?: ProbeRecord }).__xbrowser?.downloads[n] ?? null,
      before,
    );
    const checked = checkZip(new Uint8Array(Buffer.from(zip.base64, "base64")), SOURCE_ID);
    expect(checked.errors).toEqual([]);
    expect(checked.annotations.map((a) => a.segments)).toEqual([[FERRY]]);
    // Leave the browser's storage as the next steps expect it: no drafts.
    await app.evaluate(() => localStorage.clear(), null);
  });

  it("Export downloads a PNG and an SVG", async () => {
    const app = await session.open();
    const png = await app.exportFigure("PNG, screen size");
    const bytes = Buffer.from(png.base64, "base64");
    expect(png.filename).toMatch(/\.png$/);
    // The PNG signature, then the IHDR's width and height (big-endian at bytes 16 and 20).
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Screen size is the map's own size (980 × 747 at 1280 × 800).
    expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(900);
    expect(bytes.readUInt32BE(20)).toBeGreaterThanOrEqual(600);

    const svg = await app.exportFigure("SVG");
    expect(svg.filename).toMatch(/\.svg$/);
    const parsed = await app.evaluate((b64) => {
      const text = new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        paths: doc.querySelectorAll("path[data-segment-id]").length,
      };
    }, svg.base64);
    expect(parsed.error).toBeNull();
    expect(parsed.paths).toBeGreaterThanOrEqual((await app.segments()).length - 5);

    // Where the engine's own download can be seen (Firefox's download folder), it saved both.
    const saved = await app.page.savedDownloads();
    if (saved !== null) {
      await expect
        .poll(() => app.page.savedDownloads(), { timeout: 15_000 })
        .toEqual(expect.arrayContaining([png.filename, svg.filename]));
    }
  });

  it("Export as of June 2016: the SVG says so and leaves out a line not yet proposed", async () => {
    const app = await session.open({ hash: "#date=2016-06" });
    const svg = await app.exportFigure("SVG");
    const text = Buffer.from(svg.base64, "base64").toString("utf8");
    expect(text).toContain("As of Jun 2016");
    expect(text).toContain('data-segment-id="btk-rail-marabda-kars"');
    expect(text).not.toContain('data-segment-id="caspian-fiber-aktau-sumgait"');
  });

  it("Export records the timeline as a WebM video, or says the engine cannot", async () => {
    const app = await session.open();
    await app.clickButton("Export");
    const unsupported = await app.waitFor(
      "the video section",
      () => {
        if (!document.querySelector("#export-video-title")) return null;
        return { text: document.querySelector('[data-testid="video-unsupported"]')?.textContent ?? "" };
      },
      null,
    );
    // Firefox records WebM; WebKit may not: then the option is off and says why.
    if (entry.name === "firefox" || unsupported.text === "") {
      expect(unsupported.text).toBe("");
      const before = (await app.probe()).downloads.length;
      await app.clickOn("dialog[open] label", "Short");
      await app.clickButton("Record video");
      const video = await app.waitFor(
        "the video download",
        (n) => {
          const rec = (window as unknown as { __xbrowser?: ProbeRecord }).__xbrowser;
          return rec && rec.downloads.length > n ? rec.downloads[n] : null;
        },
        before,
        90_000,
      );
      expect(video.filename).toBe("middle-corridor-timeline.webm");
      expect(video.type).toBe("video/webm");
      // The EBML magic every WebM file starts with.
      expect([...Buffer.from(video.base64, "base64").subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
      expect(video.size).toBeGreaterThan(20_000);
    } else {
      expect(unsupported.text).toMatch(/^This browser cannot record video: /);
      const disabled = await app.evaluate(
        () =>
          [...document.querySelectorAll<HTMLButtonElement>("dialog[open] button")].find(
            (b) => b.textContent === "Record video",
          )?.disabled ?? null,
        null,
      );
      expect(disabled).toBe(true);
    }
    console.info(`${entry.name}: video ${unsupported.text || "recorded as WebM"}`);
    await app.screenshot("export-video");
  });

  it("Share shows the permalink", async () => {
    const app = await session.open({ hash: "#seg=btk-rail-marabda-kars" });
    const link = await app.sharePermalink();
    expect(link.startsWith(session.baseURL)).toBe(true);
    expect(link).toContain("seg=btk-rail-marabda-kars");
    expect(link).toMatch(/#map=[\d.]+\/[\d.-]+\/[\d.-]+/);
    await app.screenshot("share");
  });

  it("?embed=1 in a sandboxed iframe on another origin posts ready and its height", async () => {
    const host = await session.openPage(inject("hostURL"));
    type Got = { type: string; height?: number; errors?: string[]; csp?: string[]; fetched?: string[] };
    const got = () => host.evaluate(() => (window as unknown as { got: Got[] }).got, null);
    const ready = await host.waitFor(
      "the embed's ready message",
      () => (window as unknown as { got: Got[] }).got.find((m) => m.type === "middle-corridor:ready"),
      null,
      60_000,
    );
    expect(ready.height).toBeGreaterThanOrEqual(400);
    // embed.js sized the frame to the reported height.
    const frameHeight = () =>
      host.evaluate(() => document.getElementById("map")?.getBoundingClientRect().height ?? 0, null);
    expect(await host.until(frameHeight, ready.height)).toBe(ready.height);
    await host.screenshot("embed");
    // The frame's own record, asked for by message (the host cannot look into a sandboxed frame).
    await host.evaluate(() => {
      const frame = document.getElementById("map") as HTMLIFrameElement;
      frame.contentWindow?.postMessage({ type: "xbrowser:report" }, "*");
    }, null);
    await host.until(async () => (await got()).some((m) => m.type === "xbrowser:record"), true);
    const record = (await got()).find((m) => m.type === "xbrowser:record");
    expect(record?.errors).toEqual([]);
    expect(record?.csp).toEqual([]);
    const app = new URL(session.baseURL).origin;
    expect(record?.fetched?.filter((u) => !u.startsWith(`${app}/`) && !/^(data|blob):/.test(u))).toEqual([]);
    expect(record?.fetched?.[0]).toContain("?embed=1&height=400#");
    expect(record?.fetched?.[0]).toContain(EMBED_HASH.slice(1));
    expect(await host.offOriginRequests([app, new URL(inject("hostURL")).origin])).toEqual([]);
  });

  it("?embed=1&static=1 is an SVG picture with no map library; Explore by keyboard makes it the map, same view", async () => {
    const app = await session.open({
      query: "?embed=1&static=1",
      hash: `${EMBED_HASH}&date=2016-06`,
      waitForMap: false,
    });
    await app.waitFor(
      "the still picture",
      () => document.querySelector('[data-ready="true"] svg[role="img"]') !== null,
      null,
    );
    const scripts = () =>
      performance
        .getEntriesByType("resource")
        .map((e) => e.name)
        .filter((n) => /maplibre|corridor\.geojson/.test(n));
    expect(await app.evaluate(scripts, null)).toEqual([]);
    expect(await app.text(".as-of-badge")).toBe("As of Jun 2016");
    await app.screenshot("still-embed");
    await app.evaluate(() => document.querySelector<HTMLElement>(".embed-explore")?.focus(), null);
    await app.press("Enter");
    await app.waitForMapReady();
    expect(await app.text(".details-header h2")).toContain("Baku–Tbilisi–Kars");
    expect(await app.text(".as-of-badge")).toBe("As of Jun 2016");
  });

  it("a report with 12 embeds (8 still, 4 interactive) posts ready from each as it scrolls in, none blank or failing", async () => {
    const host = await session.openPage(`${inject("hostURL")}${MANY_EMBEDS_PATH}`);
    type Got = { type: string; from: string; errors?: string[]; csp?: string[] };
    // Every frame at least partly in the window has posted ready (frames load lazily as they near it).
    const inViewReady = () => {
      const got = (window as unknown as { got: Got[] }).got;
      const ready = new Set(got.filter((m) => m.type === "middle-corridor:ready").map((m) => m.from));
      return [...document.querySelectorAll("iframe")]
        .filter(
          (f) => f.getBoundingClientRect().bottom > 0 && f.getBoundingClientRect().top < window.innerHeight,
        )
        .every((f) => ready.has(f.name));
    };
    const scroll = (down: boolean) => {
      const before = window.scrollY;
      window.scrollBy(0, (down ? 0.9 : -0.9) * window.innerHeight);
      return window.scrollY !== before;
    };
    for (const down of [true, false]) {
      let moved = true;
      while (moved) {
        await host.waitFor("the embeds in view to post ready", inViewReady, null, 60_000);
        moved = await host.evaluate(scroll, down);
      }
    }
    const got = () => host.evaluate(() => (window as unknown as { got: Got[] }).got, null);
    const readyFrom = (await got()).filter((m) => m.type === "middle-corridor:ready").map((m) => m.from);
    expect(new Set(readyFrom).size).toBe(MANY_EMBEDS.still + MANY_EMBEDS.interactive);
    // Each frame's own record: no script error, nothing the CSP blocked.
    await host.evaluate(() => {
      for (const f of document.querySelectorAll("iframe"))
        f.contentWindow?.postMessage({ type: "xbrowser:report" }, "*");
    }, null);
    const records = async () => (await got()).filter((m) => m.type === "xbrowser:record");
    await host.until(async () => new Set((await records()).map((r) => r.from)).size, readyFrom.length);
    for (const r of await records()) expect([r.from, r.errors, r.csp]).toEqual([r.from, [], []]);
    await host.screenshot("many-embeds");
    const app = new URL(session.baseURL).origin;
    expect(await host.offOriginRequests([app, new URL(inject("hostURL")).origin])).toEqual([]);
  });

  it("a list choice frames its segment in the free area, clear of the panel, its end names drawn", async () => {
    const app = await session.open();
    const corridor = await app.corridor();
    const id = "cn-rail-lianyungang-dostyk";
    const seg = corridor.features.find((f) => f.properties.id === id);
    await app.chooseInList(seg?.properties.name ?? id);
    await app.until(() => app.detailsTitle(), seg?.properties.name ?? id);
    await settle(app);
    expect(
      await frameProblems(app, subjectOf(corridor, { type: "segment", id }), [
        ".legend",
        ".details",
        ".maplibregl-ctrl",
      ]),
    ).toEqual([]);
  });

  it("text stays inside the details panel (a long reference URL included)", async () => {
    const app = await session.open({ hash: "#seg=caspian-fiber-aktau-sumgait" });
    await app.until(() => app.detailsTitle().then((t) => t !== null), true);
    const overflowing = await app.evaluate(() => {
      const panel = document.querySelector("[aria-label='Segment details']");
      if (!panel) return ["no details panel"];
      return [panel, ...panel.querySelectorAll("*")]
        .filter((el) => !el.closest(".visually-hidden") && !(el instanceof SVGElement))
        .filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth)
        .map(
          (el) =>
            `${el.tagName} ${el.scrollWidth}>${el.clientWidth} "${(el.textContent ?? "").slice(0, 40)}"`,
        );
    }, null);
    expect(overflowing).toEqual([]);
  });

  it("a briefing step at 1920 × 1080 shows its whole subject above the caption, whose text fits", async () => {
    const app = await session.open({ query: "?present=1", hash: "#step=6", viewport: HD });
    const corridor = await app.corridor();
    const step = corridor.tour[5] as TourStep;
    const target = stepSubjectTarget(step);
    await settle(app);
    expect([
      ...(await frameProblems(app, subjectOf(corridor, target), [".present-legend", ".maplibregl-ctrl"])),
      ...(await captionProblems(app)),
    ]).toEqual([]);
  });

  it("?present=1 steps with the keys, full screen with F, and the URL follows", async () => {
    const app = await session.open({ query: "?present=1", viewport: HD });
    const tour: TourStep[] = (await app.corridor()).tour;
    const title = () => app.text(".present-title");
    const at = async (i: number) => {
      expect(await app.until(title, tour[i]?.title ?? "")).toBe(tour[i]?.title);
      expect(await app.text(".present-count")).toBe(`Step ${i + 1} of ${tour.length}`);
      expect(await app.hash()).toContain(`step=${i + 1}`);
    };
    await at(0);
    await app.press("ArrowRight");
    await at(1);
    await app.press(" ");
    await at(2);
    await app.press("PageDown");
    await at(3);
    await app.press("PageUp");
    await at(2);
    await app.press("End");
    await at(tour.length - 1);
    await app.press("Home");
    await at(0);
    await app.press("3");
    await app.press("Enter");
    await at(2);
    await app.waitForMapReady();
    await app.screenshot("present");
    const fullscreen = () => app.evaluate(() => document.fullscreenElement !== null, null);
    await app.press("f");
    expect(await app.until(fullscreen, true)).toBe(true);
    await app.press("f");
    expect(await app.until(fullscreen, false)).toBe(false);
    await app.press("b");
    expect(
      await app.until(
        () => app.evaluate(() => document.querySelector(".present-blackout") !== null, null),
        true,
      ),
    ).toBe(true);
  });

  it("the presenter's window joins the audience's and drives it over BroadcastChannel, and back", async () => {
    const audience = await session.open({ query: "?present=1", hash: "#step=2", viewport: HD });
    const tour: TourStep[] = (await audience.corridor()).tour;
    const presenter = await session.openWindow(audience, {
      query: "?present=1&presenter=1",
      waitForMap: false,
    });
    const count = (d: typeof audience) => () => d.text(".present-count");
    const step = (i: number) => `Step ${i} of ${tour.length}`;
    // A late presenter view joins where the audience is, then its buttons move both.
    expect(await presenter.until(count(presenter), step(2))).toBe(step(2));
    await presenter.clickButton("Next →");
    await presenter.clickButton("Next →");
    expect(await audience.until(count(audience), step(4))).toBe(step(4));
    expect(await audience.text(".present-title")).toBe(tour[3]?.title);
    expect(await presenter.text('[aria-label="Current step"]')).toContain(tour[3]?.notes ?? "");
    // And the audience's keys move the presenter's view too.
    await audience.press("ArrowRight");
    expect(await presenter.until(count(presenter), step(5))).toBe(step(5));
    await presenter.screenshot("presenter");
  });

  it("in a phone-wide window the map fills the width, nothing overflows, and the list drawer selects", async () => {
    // The phone layout (up to 640 px). MiniBrowser's window cannot be narrower than 447 px, so
    // both engines are run at 480; the Chromium suite covers 375 px and touch.
    const phone = { width: 480, height: 800 };
    const app = await session.open({ viewport: phone });
    expect(await app.evaluate(() => innerWidth, null)).toBe(phone.width);
    const fits = () =>
      app.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth, null);
    expect(await fits()).toBe(true);
    const map = await app.evaluate(() => document.querySelector('[data-testid="map"]')?.clientWidth, null);
    expect(map).toBe(phone.width);
    await app.screenshot("phone");
    await app.clickOn("button", "List");
    const name = "Baku–Tbilisi–Kars railway: Marabda – Kars";
    await app.chooseInList(name);
    expect(await app.until(() => app.detailsTitle(), name)).toBe(name);
    expect(await fits()).toBe(true);
    await app.screenshot("phone-selected");
  });

  it("the basemap at zoom 4, 6 and 8 over Kazakhstan, the Caucasus and the Bosphorus: no basemap name over a corridor name", async () => {
    const app = await session.open({ hash: BASEMAP_VIEWS[0].hash });
    for (const view of BASEMAP_VIEWS) {
      await app.goToHash(view.hash);
      const report = await app.evaluate(labelOverlapsInPage, null);
      await app.screenshot(`basemap-${view.name}`);
      expect(report.overlaps, view.name).toEqual([]);
      expect(report.corridorLabels.length, view.name).toBeGreaterThan(0);
      expect(report.basemapLabels.length, view.name).toBeGreaterThan(0);
    }
  }, 240_000);

  it("Back and Forward move between selections", async () => {
    const app = await session.open({ hash: "#seg=btk-rail-marabda-kars" });
    const segments = await app.segments();
    const btk = segments.find((s) => s.properties.id === "btk-rail-marabda-kars");
    const other = segments.find((s) => s.properties.kind === "power-cable");
    if (!btk || !other) throw new Error("data lacks BTK or the power cable");
    expect(await app.until(() => app.detailsTitle(), btk.properties.name)).toBe(btk.properties.name);
    // Country names are the app's own, not the engine's (WebKitGTK's ICU says "Turkey").
    expect(await app.text('[aria-label="Segment details"]')).toContain("Georgia, Türkiye");
    await app.chooseInList(other.properties.name);
    expect(await app.until(() => app.detailsTitle(), other.properties.name)).toBe(other.properties.name);
    await app.back();
    expect(await app.until(() => app.detailsTitle(), btk.properties.name)).toBe(btk.properties.name);
    await app.forward();
    expect(await app.until(() => app.detailsTitle(), other.properties.name)).toBe(other.properties.name);
    expect(await app.hash()).toContain(`seg=${other.properties.id}`);
  });

  it("a route link: Lianyungang → Istanbul lists two or more variants, the map highlights the chosen one, the figure and Share carry it", async () => {
    const app = await session.open({ hash: "#route=lianyungang~halkali" });
    await settle(app);
    const variants = () =>
      app.evaluate(() => document.querySelectorAll('[aria-label="Route"] input[type="radio"]').length, null);
    expect(await app.until(async () => (await variants()) >= 2, true)).toBe(true);
    const highlighted = () =>
      app.evaluate(async () => {
        const hook = (
          window as unknown as {
            __corridorMap?: {
              whenIdle(): Promise<void>;
              routeSegments(): { chosen: string[]; others: string[] };
            };
          }
        ).__corridorMap;
        if (!hook) return "no hook";
        await hook.whenIdle();
        const { chosen, others } = hook.routeSegments();
        return chosen.length > 3 && others.length > 0 ? "highlighted" : `${chosen.length}/${others.length}`;
      }, null);
    expect(await app.until(highlighted, "highlighted")).toBe("highlighted");
    expect(await app.hash()).toContain("route=lianyungang~halkali");
    await app.screenshot("route");
    // The figure shows the route: its halos in the map and the compare table under it.
    const svg = Buffer.from((await app.exportFigure("SVG")).base64, "base64").toString("utf8");
    expect(svg).toContain('id="route-table"');
    expect(svg).toMatch(/<path id="route-chosen"[^>]* d="M/);
    expect(svg).toContain("Route Lianyungang port → Halkalı (Istanbul)");
    // Share keeps it.
    expect(await app.sharePermalink()).toContain("route=lianyungang~halkali");
    await app.press("Escape");
  });

  it("as of a date: BTK under construction in June 2016, operational in January 2018; the slider moves by keys", async () => {
    const app = await session.open({ hash: "#date=2016-06&seg=btk-rail-marabda-kars" });
    await settle(app);
    expect((await drawnSegments(app)).find((s) => s.id === "btk-rail-marabda-kars")).toMatchObject({
      status: "under-construction",
      built: false,
    });
    expect((await sliderState(app)).text).toBe("Jun 2016");
    await app.goToHash("#date=2018-01&seg=btk-rail-marabda-kars");
    const drawn = async () =>
      JSON.stringify((await drawnSegments(app)).find((s) => s.id === "btk-rail-marabda-kars")?.status);
    expect(await app.until(drawn, '"operational"')).toBe('"operational"');
    expect(await focusSlider(app)).toBe(true);
    await app.press("ArrowRight");
    expect(await app.until(async () => (await sliderState(app)).text, "Feb 2018")).toBe("Feb 2018");
    await app.press("PageUp");
    expect(await app.until(async () => (await sliderState(app)).text, "Feb 2019")).toBe("Feb 2019");
    expect(await app.hash()).toContain("date=2019-02");
    await app.screenshot("as-of-2019");
  });

  it("Play runs on past today to the targets", async () => {
    const app = await session.open({ hash: "#date=2024-06" });
    await app.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('[aria-label="Timeline"] select');
      if (!select) return;
      select.value = "fast";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    }, null);
    await app.clickOn("button", "Play");
    const today = await pageToday(app);
    let seen = 0;
    const done = async () => {
      const s = await sliderState(app);
      seen = Math.max(seen, s.day);
      return seen >= today && !s.playing;
    };
    expect(await app.until(done, true, 40_000)).toBe(true);
  });
});
