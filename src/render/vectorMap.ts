// The map part of the SVG figure as vector paths from the data: basemap countries, borders and
// coasts, then the corridor lines in their registry colours and patterns, then the places.
// Built as a small tree of SVG elements (no MapLibre), which the export writes out as text and
// the no-WebGL overview (src/features/overview/StaticCorridorSvg.tsx) renders as React elements.
// With a time view it draws the corridor as of that day (`segmentOn`, `nodeOn`): every figure,
// the overview and the video's frames go through here, so none draws the date its own way.
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { NodeFeature, SegmentFeature } from "../data/corridorTypes.ts";
import { CORRIDOR_COUNTRIES, BASEMAP_PALETTE as FIGURE_PALETTE } from "../layers/basemapPalette.ts";
import { kindSpec, REGISTRY, type Registry } from "../layers/registry.ts";
import { nodeOn, segmentOn, type TimeView } from "../time/timeView.ts";
import { dashPx, drawnLine, MIN_DASH_PX, SELECTION_CASING } from "./lineStyle.ts";
import { fitProjection, type LonLatBounds } from "./mercator.ts";
import { type RouteHaloLines, routeHaloAttrs } from "./routeHalo.ts";
import { escapeXml } from "./xmlText.ts";

/** One SVG element: its tag, attributes (SVG names), text content and children. */
export interface SvgNode {
  tag: "rect" | "g" | "path" | "text" | "circle" | "title";
  attrs: Record<string, string | number>;
  text?: string;
  children?: SvgNode[];
}

const el = (
  tag: SvgNode["tag"],
  attrs: Record<string, string | number | undefined>,
  content: { text?: string; children?: SvgNode[] } = {},
): SvgNode => {
  const clean: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) clean[k] = v;
  return { tag, attrs: clean, ...content };
};

const title = (text: string) => el("title", {}, { text });

/** The element as SVG text; every attribute value and text is escaped. */
export function svgNodeToString(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
  const inner = node.children
    ? `\n${node.children.map(svgNodeToString).join("\n")}\n`
    : node.text !== undefined
      ? escapeXml(node.text)
      : "";
  return inner ? `<${node.tag}${attrs}>${inner}</${node.tag}>` : `<${node.tag}${attrs}/>`;
}

export interface VectorMapInput {
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
  for (const line of linesOf(f.geometry)) {
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

  const labels: SvgNode[] = [];
  for (const f of [...layer("country-label"), ...layer("sea-label")]) {
    if (f.geometry?.type !== "Point" || Number(f.properties?.rank ?? 3) > 2) continue;
    const [x = 0, y = 0] = f.geometry.coordinates;
    const [px, py] = project(x, y);
    if (px < 0 || py < 0 || px > width || py > height) continue;
    const sea = f.properties?.layer === "sea-label";
    const name = String(f.properties?.name ?? "");
    labels.push(
      sea
        ? el(
            "text",
            { x: r1(px), y: r1(py), "font-style": "italic", fill: FIGURE_PALETTE.seaLabel },
            { text: name },
          )
        : el(
            "text",
            {
              x: r1(px),
              y: r1(py),
              "letter-spacing": 1.2 * k,
              "font-weight": "600",
              fill: FIGURE_PALETTE.countryLabel,
            },
            { text: name.toUpperCase() },
          ),
    );
  }
  out.push(
    el("g", { id: "basemap-labels", "text-anchor": "middle", "font-size": 10 * k }, { children: labels }),
  );

  const lines: SvgNode[] = [];
  const time = input.time ?? null;
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
    const side = input.subjectPlaces?.left.includes(n.properties.id)
      ? "left"
      : input.subjectPlaces?.right.includes(n.properties.id)
        ? "right"
        : null;
    if (side) {
      // The map's subject labels: 14 px semibold, 0.8 em beside the point (style.ts).
      const gap = 14 * 0.8 * k;
      places.push(
        el(
          "text",
          {
            x: r1(px + (side === "right" ? gap : -gap)),
            y: r1(py + 5 * k),
            "font-size": 14 * k,
            "font-weight": 600,
            "data-subject-label": n.properties.id,
            "text-anchor": side === "left" ? "end" : undefined,
            stroke: "#fff",
            "stroke-width": 3.5 * k,
            "paint-order": "stroke",
          },
          { text: n.properties.label },
        ),
      );
    } else if (n.properties.rank === 1) {
      places.push(
        el(
          "text",
          {
            x: r1(px + 6 * k),
            y: r1(py + 4 * k),
            stroke: "#fff",
            "stroke-width": 3 * k,
            "paint-order": "stroke",
          },
          { text: n.properties.label },
        ),
      );
    }
  }
  out.push(
    el("g", { id: "places", "font-size": 11 * k, fill: FIGURE_PALETTE.nodeLabel }, { children: places }),
  );
  return out;
}
