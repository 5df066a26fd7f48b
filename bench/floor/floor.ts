// The floor the app is measured against: bare MapLibre, no React and no interface, drawing the
// same basemap and corridor with the app's own style (src/map/style.ts: the same layers, labels
// and fonts) and the layer groups the app shows at first. Whatever the app takes beyond this
// is its own cost. It loads as efficiently as MapLibre allows: the worker starts at once, the
// corridor source loads its file in the worker, the basemap goes in as soon as it is decoded.
// The view comes from the query (?view=ZOOM/LAT/LON, read off the app's permalink), so both
// draw the same area, at the same place and size in a page of the same size. A click on a line
// shows its name in a bare DOM panel: the least any page can do, which calibrates the app's
// click → panel time on this machine.
import { type GeoJSONSource, Map as MlMap, prewarm, setWorkerUrl } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { defaultVisibleGroups } from "../../src/layers/registry.ts";
import { LAYER_SEGMENTS_HIT, SOURCE_BASEMAP, SOURCE_CORRIDOR } from "../../src/map/layerIds.ts";
import { buildStyle, groupFilters } from "../../src/map/style.ts";
import { addStyleImages } from "../../src/map/styleImages.ts";
import { FONT_FILES } from "../../src/ui/fontFiles.ts";

const abs = (url: string) => new URL(url, document.baseURI).href;
setWorkerUrl(abs(workerUrl));
prewarm();

const basemap = fetch("basemap.topojson")
  .then((r) => r.json())
  .then((t: Topology<{ basemap: GeometryCollection }>) => feature(t, t.objects.basemap));

const query = new URLSearchParams(location.search);
const [zoom = 3, lat = 42, lon = 70] = (query.get("view") ?? "").split("/").filter(Boolean).map(Number);
// Where the app's map sits in its page (?box=LEFT,TOP,WIDTH,HEIGHT): same pixels, same page size.
const [left, top, width, height] = (query.get("box") ?? "").split(",").filter(Boolean).map(Number);
const container = document.getElementById("map") as HTMLElement;
if (width && height) {
  Object.assign(container.style, {
    position: "absolute",
    left: `${left}px`,
    top: `${top}px`,
    width: `${width}px`,
    height: `${height}px`,
  });
}

const fonts = {
  regular: FONT_FILES.regular.map(abs),
  semibold: FONT_FILES.semibold.map(abs),
  italic: FONT_FILES.italic.map(abs),
};
const style = buildStyle({ basemapUrl: abs("basemap.topojson"), fonts });
// The layer groups the app shows at first, filtered as the app's controller filters them.
const filters = new Map(groupFilters(defaultVisibleGroups()));
for (const layer of style.layers) {
  const filter = filters.get(layer.id);
  if (filter && "filter" in layer) layer.filter = filter;
}
const corridorSource = style.sources[SOURCE_CORRIDOR];
if (corridorSource?.type === "geojson") corridorSource.data = abs("corridor.geojson");

const map = new MlMap({
  container,
  center: [lon, lat],
  zoom,
  attributionControl: false,
  renderWorldCopies: false,
  fadeDuration: 0,
  dragRotate: false,
  style,
});
map.once("style.load", () => {
  addStyleImages(map);
});

// Ready means what it means in the app: the first idle after both sources hold their data.
Promise.all([basemap, map.once("style.load")]).then(([b]) => {
  map.getSource<GeoJSONSource>(SOURCE_BASEMAP)?.setData(b);
  map.once("idle", () => {
    map.getContainer().dataset.ready = "true";
  });
});

// The same read-only hook as the app's, so the benchmark finds lines on screen alike.
(window as unknown as { __corridorMap: unknown }).__corridorMap = {
  project(lon: number, lat: number) {
    const p = map.project([lon, lat]);
    const r = map.getContainer().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  },
  isMoving: () => map.isMoving(),
};

// Within 10 px of a line, as in the app.
map.on("click", ({ point: { x, y } }) => {
  const hit = map.queryRenderedFeatures(
    [
      [x - 10, y - 10],
      [x + 10, y + 10],
    ],
    { layers: [LAYER_SEGMENTS_HIT] },
  )[0];
  if (!hit) return;
  document.querySelector("section.details")?.remove();
  const panel = document.createElement("section");
  panel.className = "details";
  panel.setAttribute("aria-label", "Segment details");
  const title = document.createElement("h2");
  title.textContent = String(hit.properties.name);
  panel.append(title);
  document.body.append(panel);
});
addEventListener("keydown", (e) => {
  if (e.key === "Escape") document.querySelector("section.details")?.remove();
});
