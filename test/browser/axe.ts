// axe-core in the page under test. The built page's Content-Security-Policy forbids inline
// scripts, so page.addScriptTag({ content }) is refused; page.evaluate runs the library's source
// through the DevTools protocol instead, which the page's policy does not govern. The page and
// its policy stay exactly as users get them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * The body of an async function that runs axe-core in the page and returns the violations of at
 * least "serious" impact (WCAG 2.x A/AA and best practice rules): for every engine's driver
 * (Chromium here, Firefox and WebKit through test/xbrowser's runScript).
 */
export const SERIOUS_AXE_VIOLATIONS = `${AXE_SOURCE}
return axe.run(document, {
  // Frames (the Share dialog's embed preview) are the embed page, tested on their own.
  iframes: false,
  resultTypes: ["violations"],
}).then((r) => r.violations
  .filter((v) => v.impact === "serious" || v.impact === "critical")
  .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) })));`;

export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  return (await page.evaluate(`(async () => {\n${SERIOUS_AXE_VIOLATIONS}\n})()`)) as AxeFinding[];
}
