// Where MapLibre's worker comes from: the module file next to the app. A page with an opaque
// origin (an embed sandboxed without allow-same-origin) cannot start a module worker from a
// blob: URL, and MapLibre would fall back to a data: URL, which the CSP forbids
// (scripts/cspPlugin.ts). There the classic copy (scripts/classicWorkerPlugin.ts) is fetched
// and started from a blob: URL of this page's own: MapLibre runs a URL ending in ".cjs" as a
// classic worker, which the fragment says without changing what is fetched.
import { prewarm, setWorkerUrl } from "maplibre-gl";
import { classicMapWorkerUrl, mapWorkerUrl } from "./assets.ts";

async function classicWorkerBlobUrl(): Promise<string | null> {
  const url = classicMapWorkerUrl();
  if (globalThis.origin !== "null" || !url) return null;
  try {
    const res = await fetch(url);
    if (!res.ok) return null;
    const blob = new Blob([await res.text()], { type: "text/javascript" });
    return `${URL.createObjectURL(blob)}#classic.cjs`;
  } catch {
    return null;
  }
}

/** Resolves at once except in opaque-origin pages, which wait for the worker's text. */
export async function prepareMapWorker(): Promise<void> {
  setWorkerUrl((await classicWorkerBlobUrl()) ?? mapWorkerUrl());
  // The workers download and start now, while the data loads and React renders, instead of
  // when the first map is made; figure exports' off-screen maps reuse them too.
  prewarm();
}
