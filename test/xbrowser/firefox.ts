// Debian's Firefox ESR over WebDriver BiDi, through puppeteer-core (Firefox speaks BiDi itself,
// so no geckodriver is needed). Headed on the Xvfb display, where Mesa gives it WebGL; without
// WebGL it runs headless, as a locked-down or server browser would. Downloads go to a folder of
// our own, so the test sees the file the engine really saved.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type KeyInput, type Page } from "puppeteer-core";
import { firefoxPath } from "./binaries.ts";
import type { Engine, EngineOptions, EnginePage, OpenPage, PageFunction } from "./engine.ts";

type Viewport = { width: number; height: number };

/**
 * puppeteer sends BiDi's emulation.setScreenOrientationOverride with every setViewport, and
 * Firefox ESR 140 (Debian bookworm's) does not know it. The size goes by a command of its own,
 * sent alongside, so that one refusal is harmless once the page has the size.
 */
async function setViewport(page: Page, viewport: Viewport): Promise<void> {
  try {
    await page.setViewport(viewport);
  } catch (e) {
    if (!(e instanceof Error && e.message.includes("setScreenOrientationOverride"))) throw e;
    // The refusal may come back before the size is applied: wait for the page to have it.
    await page.waitForFunction(
      (w: number, h: number) => window.innerWidth === w && window.innerHeight === h,
      { timeout: 5_000, polling: 50 },
      viewport.width,
      viewport.height,
    );
  }
}

class FirefoxPage implements EnginePage {
  private readonly requests: string[] = [];

  constructor(
    private readonly page: Page,
    private readonly close_: () => Promise<void>,
    private readonly downloadDir: string,
    private readonly viewport: Viewport,
  ) {
    page.on("request", (r) => {
      this.requests.push(r.url());
    });
  }

  async goto(url: string) {
    await this.page.goto(url, { waitUntil: "load" });
  }
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
    // puppeteer's types unwrap handles; our arguments and results are plain JSON.
    return this.page.evaluate(fn as unknown as (a: unknown) => Promise<R>, arg) as Promise<R>;
  }
  runScript<R>(body: string): Promise<R> {
    return this.page.evaluate(`(async () => {\n${body}\n})()`) as Promise<R>;
  }
  async clickAt(x: number, y: number) {
    await this.page.mouse.click(x, y);
  }
  async press(key: string) {
    await this.page.keyboard.press(key as KeyInput);
  }
  async back() {
    await this.page.goBack({ timeout: 10_000 });
  }
  async forward() {
    await this.page.goForward({ timeout: 10_000 });
  }
  async screenshot(path: string) {
    await this.page.screenshot({ path: path as `${string}.png` });
  }
  observedRequests() {
    return [...this.requests];
  }
  async savedDownloads() {
    // Firefox writes a .part file first and renames it when the download is complete.
    return readdirSync(this.downloadDir).filter((f) => !f.endsWith(".part"));
  }
  async openWindow(url: string) {
    const page = await this.page.browserContext().newPage();
    await setViewport(page, this.viewport);
    const sibling = new FirefoxPage(page, () => page.close(), this.downloadDir, this.viewport);
    await sibling.goto(url);
    return sibling;
  }
  close() {
    return this.close_();
  }
}

export async function launchFirefox(options: EngineOptions): Promise<Engine> {
  const downloadDir = mkdtempSync(join(tmpdir(), "xbrowser-ff-downloads-"));
  const browser: Browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: firefoxPath(),
    headless: !options.webgl,
    env: { ...process.env, DISPLAY: options.display },
    extraPrefsFirefox: {
      "webgl.disabled": !options.webgl,
      // As the Chromium suite emulates it: camera moves jump, so a test never waits on a flight.
      "ui.prefersReducedMotion": 1,
      "browser.download.dir": downloadDir,
      "browser.download.folderList": 2,
      "browser.download.useDownloadDir": true,
      "browser.download.always_ask_before_handling_new_types": false,
      "browser.download.alwaysOpenPanel": false,
      "browser.download.start_downloads_in_tmp_dir": false,
      // Full screen without the chrome's transition, so present mode's F takes effect at once.
      "full-screen-api.transition-duration.enter": "0 0",
      "full-screen-api.transition-duration.leave": "0 0",
      "full-screen-api.warning.timeout": 0,
    },
  });
  return {
    name: "firefox",
    version: () => browser.version(),
    async open({ viewport }: OpenPage) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await setViewport(page, viewport);
      for (const f of readdirSync(downloadDir)) rmSync(join(downloadDir, f), { force: true });
      return new FirefoxPage(page, () => context.close(), downloadDir, viewport);
    },
    async stop() {
      await browser.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}
