// The basemap's topology as the build writes it (one geometry and one arc per line, for readable
// diffs) and the check that what the app decodes is what was built (scripts/buildBasemap.ts).
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature, quantize } from "topojson-client";
import { topology as toTopology } from "topojson-server";
import type { GeometryCollection, Objects, Topology, Transform } from "topojson-specification";
import { type Line, type Position, roundLine } from "./basemapGeometry.ts";

/** The features as a quantised topology: one geometry and one arc per line, for readable diffs. */
export function encodeTopology(features: Feature[], objectName: string, transform: Transform): string {
  const collection: FeatureCollection = { type: "FeatureCollection", features };
  const topology = quantize(toTopology({ [objectName]: collection }) as Topology<Objects>, transform);
  const object = topology.objects[objectName] as GeometryCollection;
  const lines = (items: unknown[]) => items.map((item) => JSON.stringify(item)).join(",\n");
  return (
    `{"type":"Topology","bbox":${JSON.stringify(topology.bbox)},"transform":${JSON.stringify(topology.transform)},` +
    `"objects":{"${objectName}":{"type":"GeometryCollection","geometries":[\n${lines(object.geometries)}\n]}},` +
    `"arcs":[\n${lines(topology.arcs)}\n]}\n`
  );
}

/** A geometry's coordinates rounded to decimals, each closed ring rotated to start at its smallest
 * vertex (topology encoding may start a ring at a different vertex; orientation must be kept). */
function canonical(g: Geometry, decimals: number): unknown {
  const round = (line: Line) => roundLine(line, decimals);
  const ring = (r: Line) => {
    const open = round(r).slice(0, -1);
    const key = (p: Position) => `${p[0]},${p[1]}`;
    const k = open.reduce((best, p, i) => (key(p) < key(open[best] as Position) ? i : best), 0);
    const rotated = [...open.slice(k), ...open.slice(0, k)];
    return [...rotated, rotated[0]];
  };
  switch (g.type) {
    case "Point":
      return round([g.coordinates as Position]);
    case "MultiLineString":
      return g.coordinates.map((line) => round(line as Line));
    case "MultiPolygon":
      return g.coordinates.map((polygon) => polygon.map((r) => ring(r as Line)));
    default:
      throw new Error(`unexpected geometry ${g.type}`);
  }
}

/** What the app decodes must be the features built here: same order, properties and coordinates. */
export function assertRoundTrip(
  json: string,
  features: Feature[],
  objectName: string,
  decimals: number,
): void {
  const topology = JSON.parse(json) as Topology<Record<string, GeometryCollection>>;
  const object = topology.objects[objectName];
  if (!object) throw new Error(`round trip: no object ${objectName}`);
  const decoded = (feature(topology, object) as FeatureCollection).features;
  if (decoded.length !== features.length) throw new Error("round trip: feature count differs");
  features.forEach((f, i) => {
    const d = decoded[i] as Feature;
    const same =
      JSON.stringify(d.properties) === JSON.stringify(f.properties) &&
      d.geometry.type === f.geometry.type &&
      JSON.stringify(canonical(d.geometry, decimals)) === JSON.stringify(canonical(f.geometry, decimals));
    if (!same) throw new Error(`round trip: feature ${i} (${JSON.stringify(f.properties)}) differs`);
  });
}
