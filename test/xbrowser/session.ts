// One browser per engine and spec file, and the app pages its tests open: after each test every
// page is checked (no script error, nothing the CSP blocked, no request off the app's origin)
// and closed. Specs run once per engine with `describe.each(ENGINES)`.
import { mkdirSync } from "node:fs";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { type OpenOptions, XAppDriver } from "./driver.ts";
import type { Engine, EngineOptions } from "./engine.ts";
import { launchFirefox } from "./firefox.ts";
import { launchWebKit } from "./webkit.ts";

export interface EngineEntry {
  name: string;
  launch(options: EngineOptions): Promise<Engine>;
}

export const ENGINES: EngineEntry[] = [
  { name: "firefox", launch: launchFirefox },
  { name: "webkit", launch: launchWebKit },
];

export function engineSession(entry: EngineEntry, { webgl = true }: { webgl?: boolean } = {}) {
  let engine: Engine | undefined;
  const open: { driver: XAppDriver; checked: boolean }[] = [];
  const baseURL = inject("xbrowserURL");

  beforeAll(async () => {
    engine = await entry.launch({ display: inject("display"), webgl });
    mkdirSync("test-results", { recursive: true });
  }, 60_000);
  afterEach(async () => {
    // Newest first: a second window closes before the one that owns the browser session.
    for (const { driver, checked } of open.splice(0).reverse()) {
      try {
        if (checked) {
          const probe = await driver.probe();
          expect(probe.errors, `${entry.name}: page errors`).toEqual([]);
          expect(probe.csp, `${entry.name}: CSP violations`).toEqual([]);
          expect(await driver.offOriginRequests(), `${entry.name}: requests off the app's origin`).toEqual(
            [],
          );
        }
      } finally {
        await driver.page.close();
      }
    }
  });
  afterAll(async () => {
    await engine?.stop();
  });

  return {
    baseURL,
    engine: () => {
      if (!engine) throw new Error("engineSession: the engine is not started (use it inside a test)");
      return engine;
    },
    /**
     * Opens the app in a fresh page, checked and closed after the test. `checked: false` for a
     * page that leaves the app (the embed's host page), which a test checks itself.
     */
    async open(options: OpenOptions = {}, { checked = true } = {}): Promise<XAppDriver> {
      if (!engine) throw new Error("engineSession: the engine is not started (use open() inside a test)");
      for (let attempt = 1; ; attempt++) {
        const page = await engine.open({ viewport: options.viewport ?? { width: 1280, height: 800 } });
        const driver = new XAppDriver(entry.name, page, baseURL);
        const entryOf = { driver, checked };
        open.push(entryOf);
        try {
          await driver.open(options);
          return driver;
        } catch (e) {
          // WebKitGTK's MiniBrowser on a software GL now and then loses a fresh page while it
          // starts ("page crash or hang", seen on a loaded 2-core machine); the app is not at
          // fault there, so such a page is opened once more. Any other failure, or a second
          // crash, fails the test.
          if (attempt >= 2 || !/page crash or hang/.test(String(e))) throw e;
          open.splice(open.indexOf(entryOf), 1);
          await page.close().catch(() => {});
        }
      }
    },
    /** The app in a second window of `beside`'s browser (a presenter's window), checked too. */
    async openWindow(beside: XAppDriver, options: OpenOptions = {}): Promise<XAppDriver> {
      const page = await beside.page.openWindow(`${baseURL}${options.query ?? ""}${options.hash ?? ""}`);
      const driver = new XAppDriver(entry.name, page, baseURL);
      open.push({ driver, checked: true });
      if (options.waitForMap !== false) await driver.waitForMapReady();
      return driver;
    },
    /** Opens any page (the embed's host page), with the app as the driver's base. */
    async openPage(url: string): Promise<XAppDriver> {
      if (!engine) throw new Error("engineSession: the engine is not started (use it inside a test)");
      const page = await engine.open({ viewport: { width: 1000, height: 900 } });
      open.push({ driver: new XAppDriver(entry.name, page, baseURL), checked: false });
      await page.goto(url);
      return open[open.length - 1]?.driver as XAppDriver;
    },
  };
}
