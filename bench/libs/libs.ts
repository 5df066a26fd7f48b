// Bundled only to be weighed: what React and MapLibre cost on their own, with the MapLibre
// parts the app uses (map, controls, worker, stylesheet). App code = app bundle − this.
import { AttributionControl, Map as MlMap, NavigationControl, ScaleControl, setWorkerUrl } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { createElement } from "react";
import { createRoot } from "react-dom/client";

setWorkerUrl(workerUrl);
const root = document.getElementById("root") as HTMLElement;
createRoot(root).render(createElement("div", { id: "map" }));
const map = new MlMap({ container: root, style: { version: 8, sources: {}, layers: [] } });
map.addControl(new NavigationControl());
map.addControl(new ScaleControl());
map.addControl(new AttributionControl());
