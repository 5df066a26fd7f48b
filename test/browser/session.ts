// One Chromium per test file, and the app pages its tests open: after each test every page is
// checked (no request left the app's origin, no script error, nothing the CSP blocked) and closed.
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { launchChromium } from "./chromium.ts";
import { AppDriver, type OpenOptions } from "./driver.ts";

/** `launchArgs`: Chromium flags for the whole file (e.g. WebGL switched off). */
export function appSession(defaults: OpenOptions = {}, { launchArgs = [] }: { launchArgs?: string[] } = {}) {
  let browser: Browser | undefined;
  const drivers: { driver: AppDriver; checked: boolean }[] = [];
  const baseURL = inject("baseURL");

  beforeAll(async () => {
    browser = await launchChromium(launchArgs);
    // Screenshots for people to look at go here (git-ignored).
    mkdirSync("test-results", { recursive: true });
  });
  afterEach(async () => {
    for (const { driver: d, checked } of drivers.splice(0)) {
      try {
        if (checked) {
          expect(d.offOriginRequests()).toEqual([]);
          expect(d.pageErrors).toEqual([]);
          expect(d.cspViolations).toEqual([]);
        }
      } finally {
        await d.close();
      }
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  return {
    baseURL,
    /**
     * Opens the app in a fresh browser context, checked and closed after the test. `checked:
     * false` for a page that tries what the checks refuse on purpose (it asserts that itself).
     */
    async open(
      options: OpenOptions = {},
      { checked = true }: { checked?: boolean } = {},
    ): Promise<AppDriver> {
      if (!browser) throw new Error("appSession: the browser is not started (use open() inside a test)");
      const d = await AppDriver.open(browser, baseURL, { ...defaults, ...options });
      drivers.push({ driver: d, checked });
      return d;
    },
    /** Another page in `app`'s context (sharing its storage and channels), checked the same way. */
    async openBeside(
      app: AppDriver,
      options: Parameters<AppDriver["openBeside"]>[0] = {},
    ): Promise<AppDriver> {
      const d = await app.openBeside(options);
      drivers.push({ driver: d, checked: true });
      return d;
    },
  };
}
