// In-page reads for the timeline tests, shared by the Chromium suite and the other engines'
// (they need only `evaluate`): what the map draws now, and the "As of" slider's state.
export interface DrawnSegment {
  id: string;
  status: string;
  built: boolean;
  /** Marked as changed since the "since" date. */
  changed: boolean;
}

export interface RunsInPage {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** The segments the map draws now, once it has nothing left to draw. */
export function drawnSegments(app: RunsInPage): Promise<DrawnSegment[]> {
  return app.evaluate(async () => {
    const hook = (
      window as unknown as {
        __corridorMap?: { whenIdle(): Promise<void>; drawnSegments(): DrawnSegment[] };
      }
    ).__corridorMap;
    if (!hook) return [];
    await hook.whenIdle();
    return hook.drawnSegments();
  }, null);
}

/** The slider's value (a day number), its text, and whether Play is running. */
export function sliderState(app: RunsInPage): Promise<{ day: number; text: string; playing: boolean }> {
  return app.evaluate(() => {
    const s = document.querySelector('[aria-label="Timeline"] [role="slider"]');
    const region = document.querySelector('[aria-label="Timeline"]');
    return {
      day: Number(s?.getAttribute("aria-valuenow")),
      text: s?.getAttribute("aria-valuetext") ?? "",
      playing: region?.getAttribute("data-playing") === "true",
    };
  }, null);
}

/** Focuses the slider, for the keys that move it. */
export function focusSlider(app: RunsInPage): Promise<boolean> {
  return app.evaluate(() => {
    const s = document.querySelector<HTMLElement>('[aria-label="Timeline"] [role="slider"]');
    s?.focus();
    return document.activeElement === s;
  }, null);
}

/** Today as the page counts it (days since 1970-01-01 in the viewer's calendar). */
export function pageToday(app: RunsInPage): Promise<number> {
  return app.evaluate(() => {
    const d = new Date();
    return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000;
  }, null);
}
