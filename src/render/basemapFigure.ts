// The basemap's water and names in the figures (SVG, PNG, the no-WebGL overview, the video): the
// same features the live map draws (src/map/basemapLayers.ts), from the same file, staged by the
// zoom the figure's bounds and size imply, so a small figure of a wide area names fewer places
// than a large one of a small area. Names are placed greedily, corridor places first (as on the
// map), each skipped when it would collide with one already placed.
import type { Feature, Geometry } from "geojson";
import { DEFAULT_LANG, type Lang, languageSpec } from "../i18n/languages.ts";
import { basemapNameOf } from "../i18n/mapNames.ts";
import { BASEMAP_PALETTE as PALETTE } from "../layers/basemapPalette.ts";
import { COUNTRY_LABEL_RANKS, rankAt, SEA_LABEL_RANKS } from "../layers/zoomStaging.ts";
import { type Box, LabelSpace, textBox, union } from "./labelSpace.ts";
import { el, type SvgNode } from "./svgNode.ts";

export { type Box, LabelSpace, textBox };

export type Project = (lon: number, lat: number) => [number, number];

/**
 * The map zoom whose detail the figure shows: the zoom at which MapLibre (512 px tiles) draws the
 * bounds as wide as the figure, less the figure's own enlargement (a 2× figure names as densely
 * as the map does a zoom lower, its names being twice the size).
 */
export function figureZoom(project: Project, width: number, scale: number): number {
  const [x0] = project(0, 0);
  const [x1] = project(1, 0);
  const pxPerDegree = Math.abs(x1 - x0) || width / 360;
  return Math.log2((pxPerDegree * 360) / 512) - Math.log2(scale || 1);
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const num = (f: Feature, key: string, fallback: number) => {
  const v = Number(f.properties?.[key]);
  return Number.isFinite(v) ? v : fallback;
};
const str = (f: Feature, key: string) => String(f.properties?.[key] ?? "");

function partsOf(g: Geometry | null): number[][][] {
  if (!g) return [];
  if (g.type === "LineString") return [g.coordinates];
  if (g.type === "MultiLineString" || g.type === "Polygon") return g.coordinates;
  if (g.type === "MultiPolygon") return g.coordinates.flat();
  return [];
}
const pathOf = (parts: number[][][], project: Project) =>
  parts
    .map((line) =>
      line.map(([x = 0, y = 0], i) => `${i === 0 ? "M" : "L"}${project(x, y).map(r1).join(",")}`).join(""),
    )
    .join("");

/** Lakes (water with a coast line) and rivers by width, as the map draws them at this zoom. */
export function waterNodes(base: readonly Feature[], project: Project, k: number, zoom: number): SvgNode[] {
  const lakes = base.filter((f) => f.properties?.layer === "lake");
  const rivers = base.filter((f) => f.properties?.layer === "river" && num(f, "minzoom", 99) <= zoom);
  // The map's river width at this zoom (basemapLayers.ts), clamped to its zoom 3–8 ramp.
  const t = Math.max(0, Math.min(1, (zoom - 3) / 5));
  const width = (w: number) => r1(k * ((0.55 + 0.8 * w) * (1 - t) + (1 + 2 * w) * t));
  return [
    el(
      "g",
      { id: "lakes", fill: PALETTE.water, stroke: PALETTE.coast, "stroke-width": 0.5 * k },
      {
        children: lakes.map((f) =>
          el("path", { d: pathOf(partsOf(f.geometry), project), "fill-rule": "evenodd" }),
        ),
      },
    ),
    el(
      "g",
      {
        id: "rivers",
        fill: "none",
        stroke: PALETTE.river,
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
      },
      {
        children: rivers.map((f) =>
          el("path", {
            d: pathOf(partsOf(f.geometry), project),
            "stroke-width": width(num(f, "weight", 0.2)),
          }),
        ),
      },
    ),
  ];
}

interface LabelInput {
  base: readonly Feature[];
  project: Project;
  k: number;
  zoom: number;
  space: LabelSpace;
  /** Corridor places the figure draws, by id: a city standing at one of them gives way to it, and
   * where the figure writes no name for the place, the city's turn names it (the corridor's name,
   * beside the corridor's symbol). */
  drawnPlaces: ReadonlyMap<string, { label: string; at: [number, number]; named: boolean }>;
  /** The language of the names (the map's rules: src/map/labelText.ts); English when absent. */
  lang?: Lang;
}

/** A basemap feature's name in `lang`, as the live map shows it. */
const nameIn = (f: Feature, lang: Lang) => basemapNameOf(f.properties, lang);

const halo = (k: number, color: string = PALETTE.halo) => ({
  stroke: color,
  "stroke-width": 2.5 * k,
  "stroke-linejoin": "round",
  "paint-order": "stroke",
});

/** The point in view where a river's name goes: the middle vertex of its longest part in view. */
function riverAnchor(f: Feature, project: Project, space: { w: number; h: number }): [number, number] | null {
  let best: { len: number; at: [number, number] } | null = null;
  for (const part of partsOf(f.geometry)) {
    const pts = part
      .map(([x = 0, y = 0]) => project(x, y))
      .filter(([x, y]) => x >= 0 && y >= 0 && x <= space.w && y <= space.h);
    if (pts.length < 2) continue;
    let len = 0;
    for (let i = 1; i < pts.length; i++)
      len += Math.hypot(
        (pts[i]?.[0] ?? 0) - (pts[i - 1]?.[0] ?? 0),
        (pts[i]?.[1] ?? 0) - (pts[i - 1]?.[1] ?? 0),
      );
    if (!best || len > best.len) best = { len, at: pts[Math.floor(pts.length / 2)] as [number, number] };
  }
  return best && best.len > 80 ? best.at : null;
}

/**
 * The basemap's names, placed in the map's order (countries, seas, cities, lakes, rivers: the
 * order MapLibre places its layers in), each only where it collides with no name placed before.
 */
export function basemapLabelNodes(
  input: LabelInput,
  width: number,
  height: number,
): { labels: SvgNode[]; placeNames: SvgNode[] } {
  const { base, project, k, zoom, space, drawnPlaces, lang = DEFAULT_LANG } = input;
  const out: SvgNode[] = [];
  /** Corridor places named in their city's turn: drawn with the places, over the lines. */
  const placeNames: SvgNode[] = [];
  const inView = (f: Feature): [number, number] | null => {
    if (f.geometry?.type !== "Point") return null;
    const [x = 0, y = 0] = f.geometry.coordinates;
    const [px, py] = project(x, y);
    return px < 0 || py < 0 || px > width || py > height ? null : [px, py];
  };
  const layer = (name: string) => base.filter((f) => f.properties?.layer === name);

  const countries = rankAt(COUNTRY_LABEL_RANKS, zoom);
  for (const f of layer("country-label")) {
    const at = inView(f);
    if (!at || num(f, "rank", 9) > countries) continue;
    const text = nameIn(f, lang).toLocaleUpperCase(languageSpec(lang).locale);
    const size = 10 * k;
    if (!space.take(textBox(at[0], at[1], text, size, "middle", 1.2 * k))) continue;
    out.push(
      el(
        "text",
        {
          x: r1(at[0]),
          y: r1(at[1]),
          "letter-spacing": 1.2 * k,
          "font-weight": "600",
          fill: PALETTE.countryLabel,
        },
        { text },
      ),
    );
  }
  const seas = rankAt(SEA_LABEL_RANKS, zoom);
  for (const f of layer("sea-label")) {
    const at = inView(f);
    if (!at || num(f, "rank", 9) > seas) continue;
    const text = nameIn(f, lang);
    if (!space.take(textBox(at[0], at[1], text, 10 * k, "middle"))) continue;
    out.push(
      el("text", { x: r1(at[0]), y: r1(at[1]), "font-style": "italic", fill: PALETTE.seaLabel }, { text }),
    );
  }
  const cities = layer("city")
    .filter((f) => num(f, "minzoom", 99) <= zoom && !drawnPlaces.get(str(f, "node"))?.named)
    .sort((a, b) => num(a, "order", 0) - num(b, "order", 0));
  const namedPlaces = new Set<string>();
  for (const f of cities) {
    const place = drawnPlaces.get(str(f, "node"));
    if (place) {
      if (namedPlaces.has(str(f, "node"))) continue;
      namedPlaces.add(str(f, "node"));
      const name = placeNameNode(place, k, space);
      if (name) placeNames.push(name);
      continue;
    }
    const at = inView(f);
    if (!at) continue;
    const capital = num(f, "capital", 0) === 1;
    const text = nameIn(f, lang);
    const size = (capital ? 11 : 10) * k;
    const gap = 4.5 * k;
    const dot: Box = { x0: at[0] - 3 * k, y0: at[1] - 3 * k, x1: at[0] + 3 * k, y1: at[1] + 3 * k };
    const right = textBox(at[0] + gap, at[1] + size * 0.35, text, size, "start");
    const left = textBox(at[0] - gap, at[1] + size * 0.35, text, size, "end");
    const side = [right, left].find((b) => space.take(union(b, dot)));
    if (!side) continue;
    const anchor = side === right ? "start" : "end";
    out.push(
      el("circle", {
        cx: r1(at[0]),
        cy: r1(at[1]),
        r: (capital ? 2.6 : 2) * k,
        fill: PALETTE.cityDot,
        stroke: PALETTE.halo,
        "stroke-width": 1 * k,
      }),
      el(
        "text",
        {
          x: r1(at[0] + (anchor === "start" ? gap : -gap)),
          y: r1(at[1] + size * 0.35),
          "font-size": size,
          "font-weight": capital ? "600" : undefined,
          "text-anchor": anchor === "end" ? "end" : "start",
          fill: PALETTE.cityLabel,
          ...halo(k),
        },
        { text },
      ),
    );
  }
  for (const f of layer("lake-label")) {
    const at = inView(f);
    if (!at || num(f, "minzoom", 99) > zoom) continue;
    const text = nameIn(f, lang);
    if (!space.take(textBox(at[0], at[1], text, 9.5 * k, "middle"))) continue;
    out.push(
      el(
        "text",
        {
          x: r1(at[0]),
          y: r1(at[1]),
          "font-size": 9.5 * k,
          "font-style": "italic",
          fill: PALETTE.waterLabel,
          ...halo(k, PALETTE.water),
        },
        { text },
      ),
    );
  }
  const riversNamed = new Set<string>();
  for (const f of layer("river-name")) {
    const text = nameIn(f, lang);
    if (!text || riversNamed.has(text) || num(f, "labelzoom", 99) > zoom) continue;
    const at = riverAnchor(f, project, { w: width, h: height });
    if (!at) continue;
    const y = at[1] - 3 * k;
    if (!space.take(textBox(at[0], y, text, 9.5 * k, "middle"))) continue;
    riversNamed.add(text);
    out.push(
      el(
        "text",
        {
          x: r1(at[0]),
          y: r1(y),
          "font-size": 9.5 * k,
          "font-style": "italic",
          fill: PALETTE.waterLabel,
          ...halo(k, PALETTE.land),
        },
        { text },
      ),
    );
  }
  return { labels: out, placeNames };
}

/** A corridor place's own name, in the corridor's type beside its symbol, where there is room. */
function placeNameNode(
  place: { label: string; at: [number, number] },
  k: number,
  space: LabelSpace,
): SvgNode | null {
  const [px, py] = place.at;
  const size = 11 * k;
  const [x, y] = [r1(px + 6 * k), r1(py + 4 * k)];
  if (!space.take(textBox(x, y, place.label, size, "start"))) return null;
  return el(
    "text",
    {
      x,
      y,
      "font-size": size,
      "text-anchor": "start",
      fill: PALETTE.nodeLabel,
      "data-place-label": "",
      ...halo(k),
    },
    { text: place.label },
  );
}
