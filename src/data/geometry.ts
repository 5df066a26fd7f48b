// Plane geometry on longitude/latitude pairs, for the data checks and the basemap build: one
// point-in-polygon for both (bounding boxes come from turf).

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
