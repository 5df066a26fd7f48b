// The browser tests' domain verbs (after maputnik's driver): open the app, click a segment where
// it is drawn, choose from the list, read the details. Specs stay short and read as behaviour.
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { CorridorCollection, SegmentFeature } from "../../src/data/corridorTypes.ts";
import { pickClickPoint } from "./pickClickPoint.ts";

export interface OpenOptions {
  hash?: string;
  query?: string;
  viewport?: { width: number; height: number };
  reducedMotion?: boolean;
  /** Runs on the new context before the page opens (routes, init scripts). */
  setup?: (context: BrowserContext) => Promise<void>;
  /** false: return as soon as the page has loaded, without waiting for the map to draw. */
  waitForMap?: boolean;
  /** A phone or tablet: touch events, a coarse pointer and the page's meta viewport. */
  touch?: boolean;
  /**
   * Opens this address instead of the app's page (a host page that embeds the app, the
   * single-file build on file://). Its origin counts as the page's own, beside the app's.
   */
  url?: string;
  /** The context has no network (the single-file build). */
  offline?: boolean;
}

/** The prefix every address of this origin starts with; all of file:// for a file. */
function originOf(url: string): string {
  const u = new URL(url);
  return u.protocol === "file:" ? "file://" : `${u.origin}/`;
}

export class AppDriver {
  readonly requests: string[] = [];
  readonly pageErrors: string[] = [];
  /** Anything the page's Content-Security-Policy blocked. */
  readonly cspViolations: string[] = [];

  /** Where requests may go: the app's origin and that of the page opened. */
  private readonly ownOrigins: string[];

  private constructor(
    readonly baseURL: string,
    readonly context: BrowserContext,
    readonly page: Page,
    url: string,
  ) {
    this.ownOrigins = [originOf(baseURL), originOf(url)];
    page.on("request", (r) => this.requests.push(r.url()));
    page.on("pageerror", (e) => this.pageErrors.push(e.message));
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) this.cspViolations.push(m.text());
    });
  }

  static async open(browser: Browser, baseURL: string, options: OpenOptions = {}): Promise<AppDriver> {
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      reducedMotion: options.reducedMotion === false ? "no-preference" : "reduce",
      ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
      ...(options.offline ? { offline: true } : {}),
    });
    await options.setup?.(context);
    const url = options.url ?? `${baseURL}${options.query ?? ""}${options.hash ?? ""}`;
    const driver = new AppDriver(baseURL, context, await context.newPage(), url);
    await driver.page.goto(url);
    if (options.waitForMap !== false) await driver.waitForMapReady();
    return driver;
  }

  /** Another page of the app in this page's context (a presenter's window beside the audience's). */
  async openBeside(options: Pick<OpenOptions, "query" | "hash" | "waitForMap"> = {}): Promise<AppDriver> {
    const url = `${this.baseURL}${options.query ?? ""}${options.hash ?? ""}`;
    const driver = new AppDriver(this.baseURL, this.context, await this.context.newPage(), url);
    await driver.page.goto(url);
    if (options.waitForMap !== false) await driver.waitForMapReady();
    return driver;
  }

  async close() {
    await this.context.close();
  }

  // --- given -------------------------------------------------------------------------------

  async waitForMapReady() {
    await this.page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 45_000 });
    await this.waitForCameraStill();
  }

  async waitForCameraStill() {
    await this.page.waitForFunction(
      () => {
        const hook = (window as unknown as { __corridorMap?: { isMoving(): boolean } }).__corridorMap;
        return hook !== undefined && !hook.isMoving();
      },
      undefined,
      { timeout: 20_000 },
    );
    // One more frame so the last camera position is drawn.
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }

  async corridor(): Promise<CorridorCollection> {
    return this.page.evaluate(async () => (await fetch("corridor.geojson")).json());
  }

  async segments(): Promise<SegmentFeature[]> {
    const c = await this.corridor();
    return c.features.filter((f): f is SegmentFeature => f.properties.featureType === "segment");
  }

  // --- when --------------------------------------------------------------------------------

  async goToHash(hash: string) {
    await this.page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    await this.waitForCameraStill();
  }

  /** Clicks the segment's line on the canvas, where it is drawn and no other line or node is near. */
  async clickSegmentOnMap(id: string) {
    const c = await this.corridor();
    const point = await pickClickPoint(this.page, c, id);
    if (!point) throw new Error(`segment ${id} is not visible anywhere clickable on the map`);
    await this.page.mouse.click(point.x, point.y);
  }

  async clickEmptyMap() {
    const box = await this.page.locator('[data-testid="map"]').boundingBox();
    if (!box) throw new Error("map not on screen");
    // Bottom middle of the map: water or land far from the corridor at the default view.
    await this.page.mouse.click(box.x + box.width * 0.45, box.y + 40);
  }

  async chooseInList(name: string) {
    await this.page.getByRole("navigation", { name: "Segments" }).getByRole("button", { name }).click();
  }

  /** Exports the figure as SVG through the Export dialog and returns the downloaded file's text. */
  async exportSvg(): Promise<string> {
    await this.page.getByRole("button", { name: "Export" }).click();
    await this.page.getByRole("radio", { name: /SVG/ }).check();
    const [download] = await Promise.all([
      this.page.waitForEvent("download", { timeout: 60_000 }),
      this.page.getByRole("button", { name: "Download figure" }).click(),
    ]);
    return readFileSync(await download.path(), "utf8");
  }

  /** Prints as Ctrl+P would (A4 landscape) and returns the PDF with its number of pages. */
  async printPdf(): Promise<{ pdf: Buffer; pages: number }> {
    await this.page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await this.page.emulateMedia({ media: "print" });
    const pdf = await this.page.pdf({
      format: "A4",
      landscape: true,
      printBackground: true,
      preferCSSPageSize: true,
    });
    return { pdf, pages: (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length };
  }

  async toggleLayer(label: string) {
    await this.page.getByRole("checkbox", { name: label }).click();
  }

  async pressKey(key: string) {
    await this.page.keyboard.press(key);
  }

  // --- then --------------------------------------------------------------------------------

  async detailsTitle(): Promise<string | null> {
    const region = this.page.getByRole("region", { name: "Segment details" });
    if ((await region.count()) === 0) return null;
    return region.locator("h2").textContent();
  }

  async listButtonNames(): Promise<string[]> {
    return this.page.getByRole("navigation", { name: "Segments" }).getByRole("button").allTextContents();
  }

  hash(): Promise<string> {
    return this.page.evaluate(() => window.location.hash);
  }

  /**
   * Requests to anywhere but the app's own origin and the opened page's (data: and blob: URLs
   * stay in the page).
   */
  offOriginRequests(): string[] {
    return this.requests.filter(
      (u) => !this.ownOrigins.some((o) => u.startsWith(o)) && !/^(data|blob):/.test(u),
    );
  }

  /** Colour statistics of the drawn map, to tell a real map from a blank canvas. */
  async mapPixelStats(): Promise<{ distinctColours: number; corridorPixels: number; landPixels: number }> {
    return this.page.evaluate(async () => {
      const canvas = document.querySelector<HTMLCanvasElement>(".maplibregl-canvas");
      if (!canvas) throw new Error("no map canvas");
      const img = new Image();
      img.src = canvas.toDataURL("image/png");
      await img.decode();
      const c2 = document.createElement("canvas");
      c2.width = img.width;
      c2.height = img.height;
      const ctx = c2.getContext("2d");
      if (!ctx) throw new Error("no 2d context");
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c2.width, c2.height).data;
      const colours = new Set<number>();
      let corridorPixels = 0;
      let landPixels = 0;
      for (let i = 0; i < data.length; i += 16) {
        const r = data[i] ?? 0;
        const g = data[i + 1] ?? 0;
        const b = data[i + 2] ?? 0;
        colours.add((r << 16) | (g << 8) | b);
        // The rail colour (#A0340A) and its neighbours.
        if (r > 130 && g < 90 && b < 50) corridorPixels++;
        // Land tones (#F4F2EC, #EEE9DC): light and warm.
        if (r > 228 && g > 225 && b > 210 && r >= b + 6) landPixels++;
      }
      return { distinctColours: colours.size, corridorPixels, landPixels };
    });
  }
}
