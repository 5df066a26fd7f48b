// A minimal W3C WebDriver (classic) client over fetch: only the commands the suite uses. A
// library (webdriverio) would bring dozens of packages for what is JSON over HTTP here.
export class WebDriverError extends Error {}

export class WebDriverSession {
  private constructor(
    private readonly base: string,
    readonly id: string,
    readonly capabilities: { browserName?: string; browserVersion?: string },
  ) {}

  static async create(base: string, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
    const value = await call<{ sessionId: string; capabilities: WebDriverSession["capabilities"] }>(
      base,
      "POST",
      "/session",
      { capabilities: { alwaysMatch: capabilities } },
    );
    return new WebDriverSession(base, value.sessionId, value.capabilities);
  }

  cmd<T = unknown>(method: "GET" | "POST" | "DELETE", path: string, body?: unknown): Promise<T> {
    return call<T>(this.base, method, `/session/${this.id}${path}`, body);
  }

  delete(): Promise<unknown> {
    return call(this.base, "DELETE", `/session/${this.id}`);
  }
}

async function call<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { "Content-Type": "application/json; charset=utf-8" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as { value: T & { error?: string; message?: string } };
  if (!res.ok) {
    throw new WebDriverError(`${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
  }
  return json.value;
}

/** `KeyboardEvent.key` names as WebDriver's key codes (the spec's table of normalised keys). */
export const WEBDRIVER_KEYS: Record<string, string> = {
  Enter: "\uE007",
  Escape: "\uE00C",
  Tab: "\uE004",
  Backspace: "\uE003",
  PageUp: "\uE00E",
  PageDown: "\uE00F",
  End: "\uE010",
  Home: "\uE011",
  ArrowLeft: "\uE012",
  ArrowUp: "\uE013",
  ArrowRight: "\uE014",
  ArrowDown: "\uE015",
};
