// The floor the app is measured against: bare MapLibre, no React and no UI, drawing the same
// basemap and corridor in a comparable style. Whatever the app takes beyond this is its own cost.
// The view comes from the query (?view=ZOOM/LAT/LON, read off the app's permalink), so both
// draw the same area, at the same place and size in a page of the same size. A click on a line
// shows its name in a bare DOM panel: the least any page can do, which calibrates the app's
// click → panel time on this machine.
import {
  type ExpressionSpecification,
  type FilterSpecification,
  type GeoJSONSource,
  Map as MlMap,
  setWorkerUrl,
} from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { BASEMAP_PALETTE as PALETTE } from "../../src/layers/basemapPalette.ts";
import { KINDS } from "../../src/layers/registry.ts";

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

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

const empty = { type: "FeatureCollection" as const, features: [] };
const layerIs = (name: string): FilterSpecification => ["==", ["get", "layer"], name];
const byKind = [
  "match",
  ["get", "kind"],
  ...Object.entries(KINDS).flatMap(([kind, spec]) => [kind, spec.color]),
  "#333333",
] as unknown as ExpressionSpecification;

const map = new MlMap({
  container,
  center: [lon, lat],
  zoom,
  attributionControl: false,
  renderWorldCopies: false,
  fadeDuration: 0,
  dragRotate: false,
  style: {
    version: 8,
    sources: { basemap: { type: "geojson", data: empty }, corridor: { type: "geojson", data: empty } },
    layers: [
      { id: "water", type: "background", paint: { "background-color": PALETTE.water } },
      {
        id: "land",
        type: "fill",
        source: "basemap",
        filter: layerIs("country"),
        paint: { "fill-color": PALETTE.land },
      },
      {
        id: "coast",
        type: "line",
        source: "basemap",
        filter: layerIs("coast"),
        paint: { "line-color": PALETTE.coast },
      },
      {
        id: "borders",
        type: "line",
        source: "basemap",
        filter: layerIs("border"),
        paint: { "line-color": PALETTE.border, "line-dasharray": [3, 1.5] },
      },
      {
        id: "corridor",
        type: "line",
        source: "corridor",
        filter: ["==", ["get", "featureType"], "segment"],
        layout: { "line-join": "round" },
        paint: {
          "line-color": byKind,
          "line-width": 2.5,
        },
      },
    ],
  },
});

const basemap = fetch("basemap.topojson")
  .then((r) => r.json())
  .then((t: Topology<{ basemap: GeometryCollection }>) => feature(t, t.objects.basemap));
const corridor = fetch("corridor.geojson").then((r) => r.json());

// Ready means what it means in the app: the first idle after both sources hold their data.
Promise.all([basemap, corridor, map.once("load")]).then(([b, c]) => {
  map.getSource<GeoJSONSource>("basemap")?.setData(b);
  map.getSource<GeoJSONSource>("corridor")?.setData(c);
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
    { layers: ["corridor"] },
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
