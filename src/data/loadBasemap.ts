// The basemap ships as TopoJSON (shared borders stored once, a third of the GeoJSON's size) and
// is decoded here into the GeoJSON MapLibre draws. topojson-client is the reference decoder.
import type { FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { INLINE_DATA } from "./inlineData.ts";

export const BASEMAP_OBJECT = "basemap";

// One fetch and decode per URL and page: main.tsx starts it before React renders, the map and
// any figure export reuse it. A failed load is forgotten, so the next call tries again.
const loads = new Map<string, Promise<FeatureCollection>>();

export function loadBasemap(url: string): Promise<FeatureCollection> {
  let load = loads.get(url);
  if (!load) {
    load = fetchAndDecode(url);
    loads.set(url, load);
    load.catch(() => loads.delete(url));
  }
  return load;
}

async function fetchAndDecode(url: string): Promise<FeatureCollection> {
  let json: unknown = INLINE_DATA?.basemap;
  if (!json) {
    const res = await fetch(url);
    // i18n-ignore: the failure's technical detail, shown in English (lang=en) under the translated message
    if (!res.ok) throw new Error(`Could not load the basemap (${res.status})`);
    json = await res.json();
  }
  const topology = json as Topology<{ [BASEMAP_OBJECT]: GeometryCollection }>;
  const object = topology.objects[BASEMAP_OBJECT];
  // i18n-ignore: the failure's technical detail, shown in English (lang=en) under the translated message
  if (!object) throw new Error("The basemap file has no 'basemap' object");
  return feature(topology, object) as FeatureCollection;
}
