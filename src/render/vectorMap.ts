// The map part of the SVG figure as vector paths from the data: basemap countries, borders and
// coasts, then the corridor lines in their registry colours and patterns, then the places.
// Built as a small tree of SVG elements (no MapLibre), which the export writes out as text and
// the no-WebGL overview (src/features/overview/StaticCorridorSvg.tsx) renders as React elements.
// With a time view it draws the corridor as of that day (`segmentOn`, `nodeOn`): every figure,
// the overview and the video's frames go through here, so none draws the date its own way.
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { NodeFeature, SegmentFeature } from "../data/corridorTypes.ts";
import type { Lang } from "../i18n/languages.ts";
import { CORRIDOR_COUNTRIES, BASEMAP_PALETTE as FIGURE_PALETTE } from "../layers/basemapPalette.ts";
import { kindSpec, REGISTRY, type Registry } from "../layers/registry.ts";
import { nodeOn, segmentOn, type TimeView } from "../time/timeView.ts";
import { type Box, basemapLabelNodes, figureZoom, LabelSpace, textBox, waterNodes } from "./basemapFigure.ts";
import { dashPx, drawnLine, MIN_DASH_PX, SELECTION_CASING } from "./lineStyle.ts";
import { fitProjection, type LonLatBounds } from "./mercator.ts";
import { type RouteHaloLines, routeHaloAttrs } from "./routeHalo.ts";
import { el, type SvgNode, svgNodeToString, title } from "./svgNode.ts";

export { type SvgNode, svgNodeToString } from "./svgNode.ts";

export interface VectorMapInput {
  /** The language of the basemap's names (English when absent). */
  lang?: Lang;
  bounds: LonLatBounds;
  width: number;
  height: number;
  scale: number;
  basemap: FeatureCollection;
  segments: SegmentFeature[];
  nodes: NodeFeature[];
  selectedId: string | null;
  /** The selection's places, named in bold on the side given (as the map names them). */
  subjectPlaces?: { left: readonly string[]; right: readonly string[] };
  /** The corridor as of this day (null or left out: as it is today). */
  time?: TimeView | null;
  /** The corridor's places when the caller draws them in a layer of its own (the video draws the
   * corridor apart from the basemap): their cities and their names' room are left to them. */
  placesDrawnApart?: readonly NodeFeature[];
  /** What it draws by kind; the app's registry unless given. */
  registry?: Registry;
  /** A route's stretches, haloed under the lines as the map does (src/render/routeHalo.ts). */
  route?: RouteHaloLines | null;
}

type Project = (lon: number, lat: number) => [number, number];

const r1 = (n: number) => Math.round(n * 10) / 10;

function pathOfLines(lines: number[][][], project: Project): string {
  return lines
    .map((line) =>
      line.map(([x = 0, y = 0], i) => `${i === 0 ? "M" : "L"}${project(x, y).map(r1).join(",")}`).join(""),
    )
    .join("");
}

function linesOf(g: Geometry | null): number[][][] {
  if (!g) return [];
  switch (g.type) {
    case "LineString":
      return [g.coordinates];
    case "MultiLineString":
    case "Polygon":
      return g.coordinates;
    case "MultiPolygon":
      return g.coordinates.flat();
    default:
      return [];
  }
}

/** Whether a feature's outline could show inside the bounds (a cheap bounding-box test). */
function touches(f: Feature, [w, s, e, n]: LonLatBounds): boolean {
  let [minX, minY, maxX, maxY] = [180, 90, -180, -90];
  // A label's point counts too (linesOf has no lines for it: labels were once all left out here).
  const point = f.geometry?.type === "Point" ? [[f.geometry.coordinates]] : [];
  for (const line of [...linesOf(f.geometry), ...point]) {
    for (const [x = 0, y = 0] of line) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  return maxX >= w && minX <= e && maxY >= s && minY <= n;
}

export function vectorMap(input: VectorMapInput): string {
  return vectorMapNodes(input).map(svgNodeToString).join("\n");
}

export function vectorMapNodes(input: VectorMapInput): SvgNode[] {
  const { bounds, width, height, scale: k } = input;
  const project = fitProjection(bounds, width, height);
  const out: SvgNode[] = [el("rect", { width, height, fill: FIGURE_PALETTE.water })];
  const base = input.basemap.features.filter((f) => touches(f, bounds));
  const layer = (name: string) => base.filter((f) => f.properties?.layer === name);

  out.push(
    el(
      "g",
      { id: "countries", stroke: "none" },
      {
        children: layer("country").map((f) => {
          const iso2 = String(f.properties?.iso2 ?? "");
          const fill = CORRIDOR_COUNTRIES.includes(iso2) ? FIGURE_PALETTE.landCorridor : FIGURE_PALETTE.land;
          return el(
            "path",
            { d: pathOfLines(linesOf(f.geometry), project), fill, "fill-rule": "evenodd" },
            { children: [title(String(f.properties?.name ?? ""))] },
          );
        }),
      },
    ),
  );
  const zoom = figureZoom(project, width, k);
  out.push(...waterNodes(base, project, k, zoom));
  for (const [name, color, w, dash] of [
    ["coast", FIGURE_PALETTE.coast, 0.8, ""],
    ["border", FIGURE_PALETTE.border, 0.9, `${3 * k},${1.5 * k}`],
  ] as const) {
    const d = layer(name)
      .map((f) => pathOfLines(linesOf(f.geometry), project))
      .join("");
    out.push(
      el("path", {
        id: `${name}s`,
        d,
        fill: "none",
        stroke: color,
        "stroke-width": w * k,
        "stroke-dasharray": dash || undefined,
      }),
    );
  }

  // The corridor's place names are placed first, as on the map; the basemap's make way for them.
  const time = input.time ?? null;
  const inFigure = (n: NodeFeature) => {
    const [px, py] = project(n.geometry.coordinates[0] ?? 0, n.geometry.coordinates[1] ?? 0);
    return px >= 0 && py >= 0 && px <= width && py <= height;
  };
  const placeNames = new Map(
    [...input.nodes, ...(input.placesDrawnApart ?? [])]
      .filter((n) => nodeOn(time, n) && inFigure(n))
      .map((n) => [n.properties.id, placeName(n, project, k, input.subjectPlaces)] as const),
  );
  const space = new LabelSpace(width, height);
  for (const name of [...placeNames.values()].flat()) space.reserve(name.box);
  const drawnPlaces = new Map(
    [...input.nodes, ...(input.placesDrawnApart ?? [])]
      .filter((n) => nodeOn(time, n) && inFigure(n))
      .map((n) => {
        const at = project(n.geometry.coordinates[0] ?? 0, n.geometry.coordinates[1] ?? 0);
        // Places drawn apart are the caller's to name; the others are named here or by the basemap.
        const apart = !input.nodes.includes(n);
        const named = apart || (placeNames.get(n.properties.id) ?? []).length > 0;
        return [n.properties.id, { label: n.properties.label, at, named }] as const;
      }),
  );
  const { labels, placeNames: namedInCityTurn } = basemapLabelNodes(
    { base, project, k, zoom, space, drawnPlaces, ...(input.lang ? { lang: input.lang } : {}) },
    width,
    height,
  );
  out.push(
    el("g", { id: "basemap-labels", "text-anchor": "middle", "font-size": 10 * k }, { children: labels }),
  );

  const lines: SvgNode[] = [];
  const registry = input.registry ?? REGISTRY;
  const z = (s: SegmentFeature) => kindSpec(registry, s.properties.kind).z;
  const ordered = input.segments.flatMap((s) => segmentOn(time, s) ?? []).sort((a, b) => z(a) - z(b));
  for (const s of ordered) {
    const p = s.properties;
    const drawn = drawnLine(p.kind, p.status, registry);
    const w = drawn.width * 1.2 * k;
    const dash = dashPx(drawn, w);
    const d = pathOfLines(linesOf(s.geometry), project);
    if (p.id === input.selectedId) {
      for (const c of [SELECTION_CASING.outer, SELECTION_CASING.inner])
        lines.push(
          el("path", { d, stroke: c.color, "stroke-width": w + c.extra * k, "stroke-linecap": "round" }),
        );
    }
    lines.push(
      el(
        "path",
        {
          id: `seg-${p.id}`,
          "data-segment-id": p.id,
          d,
          stroke: drawn.color,
          "stroke-width": r1(w),
          "stroke-opacity": drawn.opacity < 1 ? drawn.opacity : undefined,
          "stroke-dasharray": dash ? dash.map((x) => Math.max(r1(x), MIN_DASH_PX)).join(",") : undefined,
          "stroke-linecap": dash ? drawn.cap : undefined,
        },
        { children: [title(p.name)] },
      ),
    );
  }
  if (input.route)
    out.push(
      el(
        "g",
        { id: "route" },
        {
          children: routeHaloAttrs(input.route, (l) => pathOfLines(l, project), k).map((a) => el("path", a)),
        },
      ),
    );
  out.push(el("g", { id: "corridor", fill: "none", "stroke-linejoin": "round" }, { children: lines }));

  const places: SvgNode[] = [];
  for (const n of input.nodes) {
    if (!nodeOn(time, n)) continue;
    const [x = 0, y = 0] = n.geometry.coordinates;
    const [px, py] = project(x, y);
    if (px < 0 || py < 0 || px > width || py > height) continue;
    const spec = registry.nodeKinds[n.properties.kind];
    places.push(
      el("circle", {
        cx: r1(px),
        cy: r1(py),
        r: 3.5 * k,
        fill: spec.fill,
        stroke: spec.stroke,
        "stroke-width": 1.4 * k,
      }),
    );
    for (const name of placeNames.get(n.properties.id) ?? []) places.push(name.node);
  }
  places.push(...namedInCityTurn);
  out.push(
    el("g", { id: "places", "font-size": 11 * k, fill: FIGURE_PALETTE.nodeLabel }, { children: places }),
  );
  return out;
}

/**
 * A corridor place's name as the figure draws it, and its box: the selection's places in bold on
 * the side given (as the map's subject labels), the first-rank places beside their symbol.
 */
function placeName(
  n: NodeFeature,
  project: Project,
  k: number,
  subjectPlaces: VectorMapInput["subjectPlaces"],
): Array<{ node: SvgNode; box: Box }> {
  const [x = 0, y = 0] = n.geometry.coordinates;
  const [px, py] = project(x, y);
  const label = n.properties.label;
  const side = subjectPlaces?.left.includes(n.properties.id)
    ? "left"
    : subjectPlaces?.right.includes(n.properties.id)
      ? "right"
      : null;
  if (side) {
    // The map's subject labels: 14 px semibold, 0.8 em beside the point (style.ts).
    const gap = 14 * 0.8 * k;
    const [tx, ty] = [r1(px + (side === "right" ? gap : -gap)), r1(py + 5 * k)];
    const node = el(
      "text",
      {
        x: tx,
        y: ty,
        "font-size": 14 * k,
        "font-weight": 600,
        "data-subject-label": n.properties.id,
        "text-anchor": side === "left" ? "end" : undefined,
        stroke: "#fff",
        "stroke-width": 3.5 * k,
        "paint-order": "stroke",
      },
      { text: label },
    );
    return [{ node, box: textBox(tx, ty, label, 14 * k, side === "left" ? "end" : "start") }];
  }
  if (n.properties.rank !== 1) return [];
  const [tx, ty] = [r1(px + 6 * k), r1(py + 4 * k)];
  const node = el(
    "text",
    { x: tx, y: ty, stroke: "#fff", "stroke-width": 3 * k, "paint-order": "stroke" },
    { text: label },
  );
  // The place's symbol is part of its box: no basemap name is written over it.
  const box = textBox(tx, ty, label, 11 * k);
  return [
    {
      node,
      box: { ...box, x0: px - 4 * k, y0: Math.min(box.y0, py - 4 * k), y1: Math.max(box.y1, py + 4 * k) },
    },
  ];
}
