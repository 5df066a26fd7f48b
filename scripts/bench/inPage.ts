// Code that runs inside the page. Kept as strings: tsx compiles functions with esbuild's
// `__name` helper, which does not exist in the page, so a compiled function would throw there.
// Times are performance.now(), i.e. milliseconds since navigation started.

/**
 * Installed before any page script (addInitScript) on the app and the floor alike:
 * - readyAt: when the map container first carries data-ready="true";
 * - clicks: pointerdown → details panel in the DOM → the frame that paints it (main thread done:
 *   the panel painted) → the next frame (the compositor has shown it), with the time to the DOM
 *   change and to the frame's start kept to show where the time goes;
 * - startFrames/stopFrames: animation-frame intervals while the benchmark pans and zooms;
 * - keys: a key typed into the searchbox → its results for the box's new text in the DOM (the
 *   popup's data-results-for names the query it shows) → the frame that paints them.
 */
export const PROBES = `(() => {
  const bench = (window.__bench = { readyAt: null, clicks: [] });
  const readyProbe = new MutationObserver(() => {
    if (document.querySelector('[data-ready="true"]')) {
      bench.readyAt = performance.now();
      readyProbe.disconnect();
    }
  });
  readyProbe.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });

  let downAt = null;
  addEventListener("pointerdown", () => { downAt = performance.now(); }, true);
  new MutationObserver(() => {
    const panel = downAt !== null && document.querySelector("section.details[aria-label]");
    if (!panel) return;
    const t0 = downAt;
    const domMs = performance.now() - t0;
    downAt = null;
    // The first frame callback starts the frame that paints the panel (the map draws the
    // selection in it too). A message posted from it is handled once that frame's style,
    // layout and paint are done and handed to the compositor: the panel is painted (the usual
    // "after next paint" measure). The next frame callback comes when the compositor has also
    // shown the frame, which on this machine's software GPU (SwiftShader) costs every page
    // ~90 ms (the floor's own figure), so it is kept apart as presentedMs.
    requestAnimationFrame(() => {
      const frameStartMs = performance.now() - t0;
      let ms = null;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { ms = performance.now() - t0; };
      channel.port2.postMessage(null);
      requestAnimationFrame(() => {
        const presentedMs = performance.now() - t0;
        bench.clicks.push({ ms: ms ?? presentedMs, presentedMs, domMs, frameStartMs, label: panel.getAttribute("aria-label") });
      });
    });
  }).observe(document, { subtree: true, childList: true });

  bench.keys = [];
  let keyAt = null;
  addEventListener("keydown", (e) => {
    if (e.key.length === 1 && e.target instanceof HTMLInputElement && e.target.type === "search") keyAt = performance.now();
  }, true);
  new MutationObserver(() => {
    const box = document.querySelector('input[type="search"]');
    const popup = document.querySelector("[data-results-for]");
    if (keyAt === null || !box || !popup || popup.getAttribute("data-results-for") !== box.value) return;
    const t0 = keyAt;
    const domMs = performance.now() - t0;
    keyAt = null;
    // As for clicks: painted = a message posted from the next frame's callback is handled.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { bench.keys.push({ ms: performance.now() - t0, domMs, query: box.value }); };
      channel.port2.postMessage(null);
    });
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-results-for"] });

  bench.startFrames = () => {
    const deltas = [];
    let last = null;
    let on = true;
    const tick = (t) => {
      if (!on) return;
      if (last !== null) deltas.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    bench.stopFrames = () => { on = false; return deltas; };
  };
})();`;

export const READY = "window.__bench !== undefined && window.__bench.readyAt !== null";

/** The app exposes isMoving(); the floor never moves the camera by itself. */
export const CAMERA_STILL = "!window.__corridorMap || !window.__corridorMap.isMoving()";

export const TWO_FRAMES = "new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))";

export const PANEL_OPEN = 'document.querySelector("section.details[aria-label]") !== null';

/** The query the search popup shows results for, or null while none is shown. */
export const SEARCH_RESULTS_FOR =
  'document.querySelector("[data-results-for]")?.getAttribute("data-results-for") ?? null';
