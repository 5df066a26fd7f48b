// The built page carries a strict Content-Security-Policy and the app works under it, in each
// mode: nothing is blocked, nothing leaves the page's origin.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { appSession } from "./session.ts";

const session = appSession();
const { baseURL } = session;

describe("Content-Security-Policy", () => {
  it("is in the built index.html: self only, no eval, workers from self or blob: only", () => {
    const html = readFileSync(join(process.cwd(), "dist", "index.html"), "utf8");
    const csp =
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
        .exec(html)?.[1]
        ?.replace(/&#39;/g, "'") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/worker-src 'self'( blob:)?;/);
    expect(csp).not.toContain("unsafe-eval");
  });

  it("is narrowed to the page's own origin as the app starts (src/app/csp.ts)", async () => {
    // It asks for a script from elsewhere on purpose, so it checks errors and requests itself.
    const app = await session.open({}, { checked: false });
    const policies = await app.page.evaluate(() =>
      [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map(
        (m) => m.getAttribute("content") ?? "",
      ),
    );
    const origin = new URL(baseURL).origin;
    expect(policies).toHaveLength(2);
    // The boot policy allows http(s) by scheme for index.html's own files; the lock does not.
    expect(policies[0]).toContain("script-src 'self' http: https:");
    expect(policies[1]).toContain(`script-src 'self' ${origin};`);
    expect(policies[1]).toContain(`connect-src 'self' ${origin} data: blob:;`);
    expect(policies[1]).not.toMatch(/\bhttps?:(\s|;|$)/);
    // And it is enforced: a script from another origin is refused.
    const loaded = await app.page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const s = document.createElement("script");
          s.src = "http://localhost:9/elsewhere.js";
          s.onload = () => resolve("loaded");
          s.onerror = () => resolve("refused");
          document.head.append(s);
        }),
    );
    expect(loaded).toBe("refused");
    expect(app.cspViolations.join("\n")).toContain("elsewhere.js");
    expect(app.pageErrors).toEqual([]);
    expect(app.offOriginRequests().filter((u) => !u.endsWith("/elsewhere.js"))).toEqual([]);
  });

  it.each([
    ["explore", "", "#seg=caspian-fiber-aktau-sumgait"],
    ["embed", "?embed=1", "#seg=btk-rail-marabda-kars"],
    ["present", "?present=1", "#step=3"],
  ])(
    "lets the app work in %s mode with nothing blocked and no request elsewhere",
    async (_mode, query, hash) => {
      // As in a briefing room with no network: every request to another origin is refused (and
      // counted); the app must not need one.
      const origin = new URL(baseURL).origin;
      const elsewhere: string[] = [];
      const app = await session.open({
        query,
        hash,
        setup: async (context) => {
          await context.route(
            (url) => url.origin !== origin,
            (route) => {
              elsewhere.push(route.request().url());
              return route.abort("internetdisconnected");
            },
          );
        },
      });
      if (query === "") {
        await app.page.getByRole("button", { name: "Read in source" }).first().click();
        await expect.poll(() => app.page.getByRole("dialog").locator("mark").count()).toBeGreaterThan(0);
      }
      expect(app.cspViolations).toEqual([]);
      expect(app.pageErrors).toEqual([]);
      expect(app.offOriginRequests()).toEqual([]);
      expect(elsewhere).toEqual([]);
      await app.close();
    },
  );
});
