// The cross-browser suite's domain verbs, the same in every engine: open the app, wait for the
// map, choose in the list, click a segment where it is drawn, open the reader, export, share,
// present, go back and forward. Specs read as behaviour; engine.ts is all they need of a browser.
import type { CorridorCollection, SegmentFeature } from "../../src/data/corridorTypes.ts";
import { pickClickPoint } from "../browser/pickClickPoint.ts";
import type { EnginePage, PageFunction } from "./engine.ts";
import {
  activeSearchResult,
  centreOf,
  fetchedURLs,
  isMapReady,
  probeRecord,
  textOf,
  twoFrames,
} from "./inPage.ts";
import type { ProbeDownload, ProbeRecord } from "./probe.ts";

export interface OpenOptions {
  query?: string;
  hash?: string;
  viewport?: { width: number; height: number };
  /** false: return once the page has loaded, without waiting for the map to draw. */
  waitForMap?: boolean;
}

const DETAILS = '[aria-label="Segment details"]';

export class XAppDriver {
  private corridorCache: CorridorCollection | undefined;

  constructor(
    readonly engine: string,
    readonly page: EnginePage,
    readonly baseURL: string,
  ) {}

  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
    return this.page.evaluate(fn, arg);
  }

  /** Polls a page function until it returns something truthy, and returns that. */
  async waitFor<A, R>(
    what: string,
    fn: PageFunction<A, R>,
    arg: A,
    timeout = 20_000,
  ): Promise<NonNullable<R>> {
    const end = Date.now() + timeout;
    let last: R | undefined;
    while (Date.now() < end) {
      last = await this.page.evaluate(fn, arg);
      if (last) return last as NonNullable<R>;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${this.engine}: timed out after ${timeout} ms waiting for ${what} (last: ${last})`);
  }

  async open(options: OpenOptions = {}) {
    await this.page.goto(`${this.baseURL}${options.query ?? ""}${options.hash ?? ""}`);
    if (options.waitForMap !== false) await this.waitForMapReady();
  }

  /** Reloads the page (a real reload, not a same-document navigation) and waits for the map. */
  async reload() {
    await this.page.evaluate(() => {
      (window as unknown as { __beforeReload?: boolean }).__beforeReload = true;
      setTimeout(() => location.reload(), 0);
    }, null);
    await this.waitFor(
      "the reloaded page",
      () => !(window as unknown as { __beforeReload?: boolean }).__beforeReload,
      null,
      30_000,
    );
    await this.waitForMapReady();
  }

  // --- given -------------------------------------------------------------------------------

  async waitForMapReady() {
    await this.waitFor("the map to be drawn and still", isMapReady, null, 60_000);
    await this.page.evaluate(twoFrames, null);
  }

  async corridor(): Promise<CorridorCollection> {
    this.corridorCache ??= await this.page.evaluate(
      async () => (await fetch("corridor.geojson")).json() as Promise<CorridorCollection>,
      null,
    );
    return this.corridorCache;
  }

  async segments(): Promise<SegmentFeature[]> {
    return (await this.corridor()).features.filter(
      (f): f is SegmentFeature => f.properties.featureType === "segment",
    );
  }

  // --- when --------------------------------------------------------------------------------

  /** Changes the URL's hash as a pasted link would, and waits for the camera to settle. */
  async goToHash(hash: string) {
    await this.page.evaluate((h) => {
      location.hash = h;
    }, hash);
    // The camera starts on the next frame; with reduced motion (every engine here) it jumps.
    await this.page.evaluate(twoFrames, null);
    await this.waitFor("the camera to settle", isMapReady, null);
    await this.page.evaluate(twoFrames, null);
  }

  /** Clicks the first visible element matching `selector` whose name starts with `text`. */
  async clickOn(selector: string, text: string) {
    const at = await this.waitFor(`"${text}" (${selector})`, centreOf, { selector, text });
    await this.page.clickAt(at.x, at.y);
  }

  clickButton(name: string) {
    return this.clickOn("button", name);
  }

  chooseInList(name: string) {
    return this.clickOn('nav[aria-label="Segments"] button', name);
  }

  /** Clicks the segment's line on the map, where it is drawn and no other line or place is near. */
  async clickSegmentWhereDrawn(id: string) {
    const point = await pickClickPoint(this.page, await this.corridor(), id);
    if (!point) throw new Error(`segment ${id} is not visible anywhere clickable on the map`);
    await this.page.clickAt(point.x, point.y);
  }

  /**
   * By keyboard alone: `/` focuses the search, the query is typed key by key; returns the text
   * of the option the search points at once it names `expected` (Enter then chooses it).
   */
  async search(query: string, expected: string): Promise<string> {
    await this.page.press("/");
    await this.waitFor(
      "the search to take focus",
      () => document.activeElement?.getAttribute("aria-label") === "Search",
      null,
    );
    for (const key of query) await this.page.press(key);
    return this.waitFor(`the search result "${expected}"`, activeSearchResult, expected);
  }

  async openReader() {
    await this.clickOn(`${DETAILS} button`, "Read in source");
    return this.waitFor(
      "the reader's highlights",
      () => document.querySelectorAll("dialog[open] mark").length,
      null,
    );
  }

  /**
   * Exports a figure in the format whose label starts with `format`; returns the file the app
   * made. `words`: the Export button's and the download button's names in the page's language.
   */
  async exportFigure(
    format: string,
    words = { export: "Export", download: "Download figure" },
  ): Promise<ProbeDownload> {
    const before = (await this.probe()).downloads.length;
    await this.clickButton(words.export);
    await this.clickOn("dialog[open] label", format);
    await this.clickButton(words.download);
    const got = await this.waitFor(
      `the ${format} download`,
      (n) => {
        const rec = (window as unknown as { __xbrowser?: ProbeRecord }).__xbrowser;
        return rec && rec.downloads.length > n ? rec.downloads[n] : null;
      },
      before,
      60_000,
    );
    await this.press("Escape");
    return got;
  }

  /** Opens Share and returns the permalink it shows. */
  async sharePermalink(): Promise<string> {
    await this.clickButton("Share");
    const link = await this.waitFor(
      "the permalink",
      () => {
        const label = [...document.querySelectorAll("dialog[open] label")].find(
          (l) => l.textContent === "Link to this view",
        );
        const input = label && document.getElementById(label.getAttribute("for") ?? "");
        return input instanceof HTMLInputElement ? input.value : null;
      },
      null,
    );
    return link;
  }

  press(key: string) {
    return this.page.press(key);
  }

  back() {
    return this.page.back();
  }

  forward() {
    return this.page.forward();
  }

  // --- then --------------------------------------------------------------------------------

  detailsTitle(): Promise<string | null> {
    return this.page.evaluate(textOf, `${DETAILS} h2`);
  }

  text(selector: string): Promise<string | null> {
    return this.page.evaluate(textOf, selector);
  }

  hash(): Promise<string> {
    return this.page.evaluate(() => location.hash, null);
  }

  /** Polls until `read` gives `expected` (or the time is up), and returns the last value read. */
  async until<T>(read: () => Promise<T>, expected: T, timeout = 15_000): Promise<T> {
    const end = Date.now() + timeout;
    let last = await read();
    while (last !== expected && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 100));
      last = await read();
    }
    return last;
  }

  async probe(): Promise<ProbeRecord> {
    const rec = await this.page.evaluate(probeRecord, null);
    if (!rec) throw new Error(`${this.engine}: the test probe is not in the page`);
    return rec as ProbeRecord;
  }

  /**
   * Every URL off the given origins: what the engine saw on the wire (Firefox), and what the
   * page itself has fetched by the Performance API (every engine; all WebKit can tell).
   */
  async offOriginRequests(origins = [new URL(this.baseURL).origin]): Promise<string[]> {
    const seen = [...(this.page.observedRequests() ?? []), ...(await this.page.evaluate(fetchedURLs, null))];
    return [...new Set(seen)].filter(
      (u) => !/^(data|blob|about):/.test(u) && !origins.some((o) => u.startsWith(`${o}/`)),
    );
  }

  async screenshot(name: string) {
    await this.page.screenshot(`test-results/xbrowser-${this.engine}-${name}.png`);
  }
}
