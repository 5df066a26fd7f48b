// What every engine's page records for the tests, installed before the app's own scripts: script
// errors, unhandled rejections, anything the CSP blocked, and each file the app downloads (the
// Blob behind an <a download> click, read back as base64). Classic WebDriver (WebKit) has no
// init scripts, so the test server puts this in the page itself (globalSetup.ts); the same way
// serves Firefox, so both engines are checked alike.

export interface ProbeDownload {
  filename: string;
  type: string;
  size: number;
  base64: string;
}

export interface ProbeRecord {
  errors: string[];
  csp: string[];
  downloads: ProbeDownload[];
}

/** Runs in the page: it must not refer to anything outside itself. */
function installProbe(): void {
  const w = window as unknown as { __xbrowser?: ProbeRecord };
  if (w.__xbrowser) return;
  const rec: ProbeRecord = { errors: [], csp: [], downloads: [] };
  w.__xbrowser = rec;
  addEventListener("error", (e) => {
    rec.errors.push(`${e.message} (${e.filename}:${e.lineno})`);
  });
  addEventListener("unhandledrejection", (e) => {
    rec.errors.push(`unhandled rejection: ${String((e.reason as Error)?.stack ?? e.reason)}`);
  });
  document.addEventListener("securitypolicyviolation", (e) => {
    rec.csp.push(`${e.violatedDirective} blocked ${e.blockedURI}`);
  });
  // In a frame the host page cannot look inside (a sandboxed embed), the record is asked for by
  // message: the reply also lists what the frame fetched.
  addEventListener("message", (e) => {
    if ((e.data as { type?: string })?.type !== "xbrowser:report" || !e.source) return;
    const fetched = [location.href, ...performance.getEntriesByType("resource").map((r) => r.name)];
    (e.source as Window).postMessage(
      { type: "xbrowser:record", errors: rec.errors, csp: rec.csp, fetched },
      "*",
    );
  });
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    const url = createObjectURL(obj);
    if (obj instanceof Blob) blobs.set(url, obj);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = this.download ? blobs.get(this.href) : undefined;
    if (blob) {
      const filename = this.download;
      const reader = new FileReader();
      reader.onload = () => {
        const base64 = String(reader.result).replace(/^data:[^,]*,/, "");
        rec.downloads.push({ filename, type: blob.type, size: blob.size, base64 });
      };
      reader.readAsDataURL(blob);
    }
    // The engine's own download goes ahead as it would for a user.
    click.call(this);
  };
}

export const PROBE_JS = `(${installProbe.toString()})();\n`;
export const PROBE_PATH = "__xbrowser/probe.js";
