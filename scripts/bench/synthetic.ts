// The 100× dataset: every segment and place 100 times (the original plus copies -c1…-c99),
// each copy shifted as a whole by up to ±2° so lines keep their shape but no longer overlap
// exactly, annotations copied. It tells whether the app's cost grows with the data or not.
// Usage on its own: tsx scripts/bench/synthetic.ts in.geojson out.geojson
import { readFileSync, writeFileSync } from "node:fs";
import type { Position } from "geojson";
import type { CorridorCollection, NodeProps, SegmentProps } from "../../src/data/corridorTypes.ts";

export const COPIES = 100;
const JITTER_DEG = 2;

/** A seeded generator (mulberry32), so every run benchmarks the same synthetic map. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const shift = (p: Position, dx: number, dy: number): Position => [
  (p[0] ?? 0) + dx,
  Math.max(-85, Math.min(85, (p[1] ?? 0) + dy)),
];

export function multiply(corridor: CorridorCollection, copies = COPIES): CorridorCollection {
  const rnd = random(20250225);
  const jitter = () => (rnd() * 2 - 1) * JITTER_DEG;
  const suffix = (id: string, k: number) => (k === 0 ? id : `${id}-c${k}`);
  const features: CorridorCollection["features"] = [];
  for (let k = 0; k < copies; k++) {
    for (const f of corridor.features) {
      // The original stays where it is, so its segments can still be clicked where the 1× run clicks them.
      const dx = k === 0 ? 0 : jitter();
      const dy = k === 0 ? 0 : jitter();
      const g = f.geometry;
      const geometry =
        g.type === "Point"
          ? { ...g, coordinates: shift(g.coordinates, dx, dy) }
          : g.type === "LineString"
            ? { ...g, coordinates: g.coordinates.map((p) => shift(p, dx, dy)) }
            : { ...g, coordinates: g.coordinates.map((l) => l.map((p) => shift(p, dx, dy))) };
      const p = f.properties;
      const properties: SegmentProps | NodeProps =
        p.featureType === "segment"
          ? { ...p, id: suffix(p.id, k), from: suffix(p.from, k), to: suffix(p.to, k) }
          : { ...p, id: suffix(p.id, k) };
      features.push({ ...f, geometry, properties } as CorridorCollection["features"][number]);
    }
  }
  return { ...corridor, features };
}

if (process.argv[1]?.endsWith("synthetic.ts")) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error("usage: tsx scripts/bench/synthetic.ts in.geojson out.geojson");
  const big = multiply(JSON.parse(readFileSync(input, "utf8")) as CorridorCollection);
  writeFileSync(output, JSON.stringify(big));
  console.log(`${output}: ${big.features.length} features`);
}
