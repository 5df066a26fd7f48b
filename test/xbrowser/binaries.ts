// Finds the Debian browsers the cross-browser suite drives (never a downloaded build): an
// environment variable first, then the path Debian installs to; a missing one fails with the
// one line that installs it.
import { existsSync } from "node:fs";

function find(envVar: string, debianPath: string, pkg: string, what: string): string {
  const path = process.env[envVar] ?? debianPath;
  if (!existsSync(path)) {
    throw new Error(
      `${what} not found at ${path}: install it with \`apt-get install ${pkg}\` or set ${envVar} to its executable.`,
    );
  }
  return path;
}

export const firefoxPath = () => find("FIREFOX_PATH", "/usr/bin/firefox-esr", "firefox-esr", "Firefox");
export const webkitDriverPath = () =>
  find("WEBKIT_DRIVER_PATH", "/usr/bin/WebKitWebDriver", "webkit2gtk-driver", "WebKitWebDriver");
export const miniBrowserPath = () =>
  find(
    "MINIBROWSER_PATH",
    "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
    "webkit2gtk-driver",
    "WebKitGTK's MiniBrowser",
  );
export const xvfbPath = () => find("XVFB_PATH", "/usr/bin/Xvfb", "xvfb", "Xvfb");

/** All of them, so a fresh machine learns everything it lacks before any test runs. */
export function checkBinaries(): void {
  const missing: string[] = [];
  for (const f of [firefoxPath, webkitDriverPath, miniBrowserPath, xvfbPath]) {
    try {
      f();
    } catch (e) {
      missing.push((e as Error).message);
    }
  }
  if (missing.length) throw new Error(missing.join("\n"));
}
