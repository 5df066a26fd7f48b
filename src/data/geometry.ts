// Geometry on longitude/latitude pairs, for the data checks, the basemap build and the route
// graph: one point-in-polygon and one great-circle distance (bounding boxes come from turf).

export const EARTH_RADIUS_KM = 6371;
export const RAD = Math.PI / 180;
const R = EARTH_RADIUS_KM;
const rad = RAD;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: readonly number[], b: readonly number[]): number {
  const [x1 = 0, y1 = 0] = a;
  const [x2 = 0, y2 = 0] = b;
  const dLat = (y2 - y1) * rad;
  const dLon = (x2 - x1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(y1 * rad) * Math.cos(y2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

/** Even-odd ray casting. Points exactly on an edge may go either way. */
export function pointInRing(p: readonly number[], ring: readonly (readonly number[])[]): boolean {
  const [x = 0, y = 0] = p;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole (even-odd over all rings). */
export function pointInPolygon(
  p: readonly number[],
  rings: readonly (readonly (readonly number[])[])[],
): boolean {
  return rings.reduce((inside, ring) => (pointInRing(p, ring) ? !inside : inside), false);
}
