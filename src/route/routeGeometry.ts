// The lines of a route's stretches: a route may walk only part of a segment (the Khorgos
// variants take the Kazakh line from Saksaulskaya, not from Dostyk), so the map highlights the
// stretches it walks, cut from the segment's line between the places it passes, exactly as the
// route graph cuts them (src/data/corridorGraph.ts `stretchesOf`: stretch n runs from the n-th
// place on the line to the next).
import type { Feature, FeatureCollection, LineString, Position } from "geojson";
import type { Corridor } from "../data/corridor.ts";
import { placeFinder } from "../data/corridorGraph.ts";

/** For each segment, the waypoint index of each place it passes, in order (once per corridor). */
const stopsByCorridor = new WeakMap<Corridor, Map<string, { line: Position[]; stops: number[] }>>();

function lineStops(corridor: Corridor, segment: string) {
  let bySegment = stopsByCorridor.get(corridor);
  if (!bySegment) {
    bySegment = new Map();
    stopsByCorridor.set(corridor, bySegment);
  }
  const known = bySegment.get(segment);
  if (known) return known;
  const seg = corridor.segmentById.get(segment);
  if (!seg) return null;
  const g = seg.geometry;
  const line = g.type === "LineString" ? g.coordinates : g.coordinates.flat();
  const placeAt = placeFinder(
    corridor.nodes.map((n) => ({ id: n.properties.id, coordinates: n.geometry.coordinates })),
  );
  const stops: number[] = [];
  let last: string | undefined;
  line.forEach((w, i) => {
    const id = placeAt(w);
    if (id !== undefined && id !== last) {
      stops.push(i);
      last = id;
    }
  });
  const entry = { line, stops };
  bySegment.set(segment, entry);
  return entry;
}

/** The line of one stretch ("segment#n"), or null when the data has no such stretch. */
export function stretchLine(corridor: Corridor, edge: string): Position[] | null {
  const cut = edge.lastIndexOf("#");
  const segment = edge.slice(0, cut);
  const n = Number(edge.slice(cut + 1));
  const entry = lineStops(corridor, segment);
  const a = entry?.stops[n];
  const b = entry?.stops[n + 1];
  if (!entry || a === undefined || b === undefined) return null;
  return entry.line.slice(a, b + 1);
}

/** The stretches as features for the route source: `id` is the segment, `role` the halo. */
export function stretchCollection(
  corridor: Corridor,
  roles: readonly { role: string; edges: readonly string[] }[],
): FeatureCollection<LineString> {
  const features: Feature<LineString>[] = [];
  for (const { role, edges } of roles)
    for (const edge of edges) {
      const coordinates = stretchLine(corridor, edge);
      const segment = edge.slice(0, edge.lastIndexOf("#"));
      if (!coordinates) continue;
      const drawOffset = corridor.segmentById.get(segment)?.properties.drawOffset ?? 0;
      features.push({
        type: "Feature",
        geometry: { type: "LineString", coordinates },
        properties: { id: segment, edge, role, drawOffset },
      });
    }
  return { type: "FeatureCollection", features };
}

/** The chosen and other variants' stretches as lines, for the SVG figure's halos. */
export function routeHaloLines(
  corridor: Corridor,
  highlight: { chosen: readonly string[]; others: readonly string[] },
): { chosen: Position[][]; others: Position[][] } {
  const lines = (edges: readonly string[]) =>
    edges.flatMap((e) => {
      const line = stretchLine(corridor, e);
      return line ? [line] : [];
    });
  return { chosen: lines(highlight.chosen), others: lines(highlight.others) };
}
