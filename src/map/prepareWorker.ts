// Where MapLibre's worker comes from: its file next to the app. In a page with an opaque
// origin (a sandboxed iframe without allow-same-origin) MapLibre itself fetches that file and
// starts the worker from a data: URL, which the CSP therefore allows (scripts/cspPlugin.ts).
import { setWorkerUrl } from "maplibre-gl";
import { mapWorkerUrl } from "./assets.ts";

export function prepareMapWorker(): void {
  setWorkerUrl(mapWorkerUrl());
}
