// Where MapLibre's worker comes from. Normally its file on our server. A page with an opaque
// origin (a sandboxed iframe without allow-same-origin) may not start a worker from any URL,
// so there the script is fetched and started from a blob: URL, which belongs to the page.
import { setWorkerUrl } from "maplibre-gl";
import { mapWorkerUrl } from "./assets.ts";

export async function prepareMapWorker(): Promise<void> {
  const url = mapWorkerUrl();
  if (window.origin !== "null") {
    setWorkerUrl(url);
    return;
  }
  try {
    const code = await (await fetch(url)).text();
    setWorkerUrl(URL.createObjectURL(new Blob([code], { type: "text/javascript" })));
  } catch {
    // Leave the URL: the map will then say it cannot start, and the list still works.
    setWorkerUrl(url);
  }
}
