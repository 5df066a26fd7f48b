// WebKitGTK (Safari's engine) through WebKitWebDriver, which starts MiniBrowser in automation
// mode on the Xvfb display, with WebGL. One WebDriver session per page, so each test gets a
// fresh browser as Playwright's contexts give Chromium. Classic WebDriver cannot see network
// requests or downloads: the driver asks the page (Performance API, the probe) instead.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { miniBrowserPath, webkitDriverPath } from "./binaries.ts";
import type { Engine, EngineOptions, EnginePage, OpenPage, PageFunction } from "./engine.ts";
import { WEBDRIVER_KEYS, WebDriverSession } from "./webdriverClient.ts";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** The session's windows share one "current window": each page switches to its own first. */
interface SessionState {
  current: string;
}

class WebKitPage implements EnginePage {
  private constructor(
    private readonly session: WebDriverSession,
    private readonly handle: string,
    private readonly state: SessionState,
    private readonly owner: boolean,
  ) {}

  static async first(session: WebDriverSession): Promise<WebKitPage> {
    const handle = await session.cmd<string>("GET", "/window");
    return new WebKitPage(session, handle, { current: handle }, true);
  }

  /** A command to the session, switched to this page's window first. */
  private async cmd<T = unknown>(
    method: "GET" | "POST" | "DELETE",
    path: string,
    body?: unknown,
  ): Promise<T> {
    if (this.state.current !== this.handle) {
      await this.session.cmd("POST", "/window", { handle: this.handle });
      this.state.current = this.handle;
    }
    return this.session.cmd<T>(method, path, body);
  }

  async goto(url: string) {
    await this.cmd("POST", "/url", { url });
  }
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
    return this.executeAsync<R>(`(${fn.toString()})(arguments[0])`, [arg]);
  }
  runScript<R>(body: string): Promise<R> {
    return this.executeAsync<R>(`(async () => {\n${body}\n})()`, []);
  }
  /** execute/async: the last argument is the callback; errors come back as a marked value. */
  private async executeAsync<R>(expression: string, args: unknown[]): Promise<R> {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => ${expression})
        .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ err: String(e && e.stack || e) }));`;
    const r = await this.cmd<{ ok?: R; err?: string }>("POST", "/execute/async", { script, args });
    if (r.err !== undefined) throw new Error(`in the page: ${r.err}`);
    return r.ok as R;
  }
  async clickAt(x: number, y: number) {
    await this.cmd("POST", "/actions", {
      actions: [
        {
          type: "pointer",
          id: "mouse",
          parameters: { pointerType: "mouse" },
          actions: [
            { type: "pointerMove", origin: "viewport", x: Math.round(x), y: Math.round(y), duration: 0 },
            { type: "pointerDown", button: 0 },
            { type: "pointerUp", button: 0 },
          ],
        },
      ],
    });
    await this.cmd("DELETE", "/actions");
  }
  async press(key: string) {
    const value = WEBDRIVER_KEYS[key] ?? key;
    await this.cmd("POST", "/actions", {
      actions: [
        {
          type: "key",
          id: "keyboard",
          actions: [
            { type: "keyDown", value },
            { type: "keyUp", value },
          ],
        },
      ],
    });
  }
  async back() {
    await this.cmd("POST", "/back", {});
  }
  async forward() {
    await this.cmd("POST", "/forward", {});
  }
  async screenshot(path: string) {
    writeFileSync(path, Buffer.from(await this.cmd<string>("GET", "/screenshot"), "base64"));
  }
  observedRequests() {
    return null;
  }
  async savedDownloads() {
    return null;
  }
  async openWindow(url: string) {
    const { handle } = await this.cmd<{ handle: string }>("POST", "/window/new", { type: "window" });
    const sibling = new WebKitPage(this.session, handle, this.state, false);
    await sibling.goto(url);
    return sibling;
  }
  async close() {
    // The first window owns the session (the whole MiniBrowser); another just closes itself.
    if (this.owner) await this.session.delete();
    else await this.cmd("DELETE", "/window");
  }
}

/** Sizes the window so the page's own viewport (inside MiniBrowser's frame) is `viewport`. */
async function fitViewport(page: WebKitPage, s: WebDriverSession, viewport: OpenPage["viewport"]) {
  let { width, height } = viewport;
  for (let i = 0; i < 3; i++) {
    await s.cmd("POST", "/window/rect", { x: 0, y: 0, width, height });
    const inner = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }), null);
    if (inner.w === viewport.width && inner.h === viewport.height) return;
    width += viewport.width - inner.w;
    height += viewport.height - inner.h;
  }
}

/**
 * A GTK settings folder of our own: WebKitGTK reports prefers-reduced-motion from GTK's
 * gtk-enable-animations, so camera moves jump as in the Chromium suite.
 */
function gtkConfigHome(): string {
  const dir = mkdtempSync(join(tmpdir(), "xbrowser-gtk-"));
  mkdirSync(join(dir, "gtk-3.0"));
  writeFileSync(join(dir, "gtk-3.0", "settings.ini"), "[Settings]\ngtk-enable-animations=0\n");
  return dir;
}

export async function launchWebKit(options: EngineOptions): Promise<Engine> {
  const port = await freePort();
  const config = gtkConfigHome();
  const driver: ChildProcess = spawn(webkitDriverPath(), [`--port=${port}`], {
    env: { ...process.env, DISPLAY: options.display, XDG_CONFIG_HOME: config },
    stdio: "ignore",
  });
  // The driver takes its MiniBrowsers with it; it must not outlive a worker that dies early.
  const kill = () => driver.kill("SIGTERM");
  process.once("exit", kill);
  const base = `http://127.0.0.1:${port}`;
  // Wait until the driver answers.
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/status`)).ok) break;
    } catch {
      if (i > 100) throw new Error("WebKitWebDriver did not start within 10 s");
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const capabilities = {
    "webkitgtk:browserOptions": {
      binary: miniBrowserPath(),
      args: ["--automation", ...(options.webgl ? [] : ["--enable-webgl=false"])],
    },
  };
  let version = "";
  return {
    name: "webkit",
    version: async () => version,
    async open({ viewport }: OpenPage) {
      const s = await WebDriverSession.create(base, capabilities);
      version ||= `WebKitGTK ${s.capabilities.browserVersion ?? "?"}`;
      const page = await WebKitPage.first(s);
      await fitViewport(page, s, viewport);
      return page;
    },
    async stop() {
      await new Promise<void>((resolve) => {
        process.off("exit", kill);
        if (driver.exitCode !== null) return resolve();
        driver.once("exit", () => resolve());
        driver.kill("SIGTERM");
      });
      rmSync(config, { recursive: true, force: true });
    },
  };
}
