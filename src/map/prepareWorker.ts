// Where MapLibre's worker comes from: its file next to the app. In a page with an opaque
// origin (a sandboxed iframe without allow-same-origin) MapLibre itself fetches that file and
// starts the worker from a data: URL, which the CSP therefore allows (scripts/cspPlugin.ts).
import { prewarm, setWorkerUrl } from "maplibre-gl";
import { mapWorkerUrl } from "./assets.ts";

export function prepareMapWorker(): void {
  setWorkerUrl(mapWorkerUrl());
  // The workers download and start now, while the data loads and React renders, instead of
  // when the first map is made; figure exports' off-screen maps reuse them too.
  prewarm();
}
