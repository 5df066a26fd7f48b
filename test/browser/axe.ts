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

/** Violations of at least "serious" impact, WCAG 2.x A/AA and best practice rules. */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE);
  const all: AxeFinding[] = await page.evaluate(`
    axe.run(document, {
      // Frames (the Share dialog's embed preview) are the embed page, tested on their own.
      iframes: false,
      resultTypes: ["violations"],
    }).then((r) => r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    })))
  `);
  return all.filter((v) => v.impact === "serious" || v.impact === "critical");
}
