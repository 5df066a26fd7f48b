// The 100× data as a transport network, for timing routes. synthetic.ts shifts every feature on
// its own (so lines no longer overlap on the map), which leaves the copies' lines off their
// places: only the original is a network there. Here each copy is shifted as a whole, so its
// lines still end on its places, and every copy's hub (Alat, where the Caspian crossings land)
// is joined to the original's by a sea line: one network of 100× the places, every pair joined.
import type { CorridorCollection, SegmentFeature, SegmentProps } from "../../src/data/corridorTypes.ts";
import { distanceKm } from "../../src/data/geometry.ts";
import { COPIES, random } from "./synthetic.ts";

const JITTER_DEG = 2;
const HUB = "alat-port";

export function multiplyNetwork(corridor: CorridorCollection, copies = COPIES): CorridorCollection {
  const rnd = random(20261201);
  const suffix = (id: string, k: number) => (k === 0 ? id : `${id}-c${k}`);
  const hub = corridor.features.find((f) => f.properties.id === HUB && f.geometry.type === "Point");
  const sea = corridor.features.find(
    (f) => f.properties.featureType === "segment" && f.properties.kind === "sea",
  );
  if (hub?.geometry.type !== "Point" || !sea) throw new Error(`no ${HUB} or no sea segment to copy`);
  const hubAt = hub.geometry.coordinates;
  const features: CorridorCollection["features"] = [];
  for (let k = 0; k < copies; k++) {
    const dx = k === 0 ? 0 : (rnd() * 2 - 1) * JITTER_DEG;
    const dy = k === 0 ? 0 : (rnd() * 2 - 1) * JITTER_DEG;
    const shift = (p: readonly number[]) => [(p[0] ?? 0) + dx, (p[1] ?? 0) + dy];
    for (const f of corridor.features) {
      const g = f.geometry;
      const geometry =
        g.type === "Point"
          ? { ...g, coordinates: shift(g.coordinates) }
          : g.type === "LineString"
            ? { ...g, coordinates: g.coordinates.map(shift) }
            : { ...g, coordinates: g.coordinates.map((l) => l.map(shift)) };
      const p = f.properties;
      const properties =
        p.featureType === "segment"
          ? { ...p, id: suffix(p.id, k), from: suffix(p.from, k), to: suffix(p.to, k) }
          : { ...p, id: suffix(p.id, k) };
      features.push({ ...f, geometry, properties } as CorridorCollection["features"][number]);
    }
    if (k > 0) {
      const copyHub = shift(hubAt);
      const link: SegmentFeature = {
        type: "Feature",
        geometry: { type: "LineString", coordinates: [copyHub, [...hubAt]] },
        properties: {
          ...(sea.properties as SegmentProps),
          id: `hub-link-c${k}`,
          name: `Hub link ${k}`,
          from: suffix(HUB, k),
          to: HUB,
          lengthKm: Math.max(1, Math.round(distanceKm(copyHub, hubAt))),
          annotations: [],
        },
      };
      features.push(link);
    }
  }
  return { ...corridor, features };
}
