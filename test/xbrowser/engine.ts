// The few things the cross-browser driver needs from a browser, whatever protocol reaches it:
// Firefox over WebDriver BiDi (firefox.ts), WebKitGTK over classic WebDriver (webkit.ts).
// Everything else (finding elements, reading state) is done by scripts in the page, so it
// runs the same in every engine.

export interface OpenPage {
  viewport: { width: number; height: number };
}

/** Runs in the page; arguments and results cross as JSON. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface EnginePage {
  goto(url: string): Promise<void>;
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /**
   * Runs `body` as the body of an async function in the page and returns its result: for a
   * library's source (axe-core) that must run as written, not as a serialised function.
   */
  runScript<R>(body: string): Promise<R>;
  /** A left click at viewport coordinates, as a real mouse makes it. */
  clickAt(x: number, y: number): Promise<void>;
  /** A key press by its `KeyboardEvent.key` name ("ArrowRight", "PageDown", " ", "f"). */
  press(key: string): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Requests the engine saw on the wire, or null where the protocol cannot see them (WebKit). */
  observedRequests(): string[] | null;
  /** Files the engine itself saved, where the test can see them (null: not observable). */
  savedDownloads(): Promise<string[] | null>;
  /**
   * Another window in the same browser (same profile and origin storage: what a presenter's
   * second window shares with the audience's over BroadcastChannel), open at `url`.
   */
  openWindow(url: string): Promise<EnginePage>;
  close(): Promise<void>;
}

export interface Engine {
  /** "firefox" | "webkit": names screenshots and test titles. */
  readonly name: string;
  /** The browser's own version string, for the README's "Works in" table. */
  version(): Promise<string>;
  open(options: OpenPage): Promise<EnginePage>;
  stop(): Promise<void>;
}

export interface EngineOptions {
  display: string;
  /** false: the engine runs without WebGL, so the app shows its still overview. */
  webgl: boolean;
}
