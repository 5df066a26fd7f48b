// Starts the basemap download and decode before the map exists; the map takes the same load.
import { loadBasemap } from "../data/loadBasemap.ts";
import { styleAssets } from "./assets.ts";

export function prefetchBasemap(): void {
  // A failure is reported where the map takes the load.
  loadBasemap(styleAssets().basemapUrl).catch(() => {});
}
