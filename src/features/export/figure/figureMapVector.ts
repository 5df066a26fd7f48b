// The map part of the SVG figure as vector paths from the data: basemap countries, borders and
// coasts, then the corridor lines in their registry colours and patterns, then the places.
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { NodeFeature, SegmentFeature } from "../../../data/corridorTypes.ts";
import { CORRIDOR_COUNTRIES, BASEMAP_PALETTE as FIGURE_PALETTE } from "../../../layers/basemapPalette.ts";
import {
  isDotted,
  KINDS,
  lineDash,
  NODE_KINDS_SPEC,
  STATUS_SPECS,
  UNBUILT_LINE_OPACITY,
} from "../../../layers/registry.ts";
import { fitProjection, type LonLatBounds } from "./mercator.ts";
import { esc } from "./svgText.ts";

export interface VectorMapInput {
  bounds: LonLatBounds;
  width: number;
  height: number;
  scale: number;
  basemap: FeatureCollection;
  segments: SegmentFeature[];
  nodes: NodeFeature[];
  selectedId: string | null;
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
  const { bounds, width, height, scale: k } = input;
  const project = fitProjection(bounds, width, height);
  const out: string[] = [`<rect width="${width}" height="${height}" fill="${FIGURE_PALETTE.water}"/>`];
  const base = input.basemap.features.filter((f) => touches(f, bounds));
  const layer = (name: string) => base.filter((f) => f.properties?.layer === name);

  out.push('<g id="countries" stroke="none">');
  for (const f of layer("country")) {
    const iso2 = String(f.properties?.iso2 ?? "");
    const fill = CORRIDOR_COUNTRIES.includes(iso2) ? FIGURE_PALETTE.landCorridor : FIGURE_PALETTE.land;
    out.push(
      `<path d="${pathOfLines(linesOf(f.geometry), project)}" fill="${fill}" fill-rule="evenodd"><title>${esc(String(f.properties?.name ?? ""))}</title></path>`,
    );
  }
  out.push("</g>");
  for (const [name, color, w, dash] of [
    ["coast", FIGURE_PALETTE.coast, 0.8, ""],
    ["border", FIGURE_PALETTE.border, 0.9, `${3 * k},${1.5 * k}`],
  ] as const) {
    const d = layer(name)
      .map((f) => pathOfLines(linesOf(f.geometry), project))
      .join("");
    out.push(
      `<path id="${name}s" d="${d}" fill="none" stroke="${color}" stroke-width="${w * k}"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`,
    );
  }

  out.push(`<g id="basemap-labels" text-anchor="middle" font-size="${10 * k}">`);
  for (const f of [...layer("country-label"), ...layer("sea-label")]) {
    if (f.geometry?.type !== "Point" || Number(f.properties?.rank ?? 3) > 2) continue;
    const [x = 0, y = 0] = f.geometry.coordinates;
    const [px, py] = project(x, y);
    if (px < 0 || py < 0 || px > width || py > height) continue;
    const sea = f.properties?.layer === "sea-label";
    const name = String(f.properties?.name ?? "");
    out.push(
      sea
        ? `<text x="${r1(px)}" y="${r1(py)}" font-style="italic" fill="${FIGURE_PALETTE.seaLabel}">${esc(name)}</text>`
        : `<text x="${r1(px)}" y="${r1(py)}" letter-spacing="${1.2 * k}" font-weight="600" fill="${FIGURE_PALETTE.countryLabel}">${esc(name.toUpperCase())}</text>`,
    );
  }
  out.push("</g>");

  out.push('<g id="corridor" fill="none" stroke-linejoin="round">');
  const ordered = [...input.segments].sort((a, b) => KINDS[a.properties.kind].z - KINDS[b.properties.kind].z);
  for (const s of ordered) {
    const p = s.properties;
    const spec = KINDS[p.kind];
    const built = STATUS_SPECS[p.status].built;
    const w = spec.width * 1.2 * k;
    const dash = lineDash(p.kind, built);
    const d = pathOfLines(linesOf(s.geometry), project);
    if (p.id === input.selectedId) {
      out.push(`<path d="${d}" stroke="#111" stroke-width="${w + 5 * k}" stroke-linecap="round"/>`);
      out.push(`<path d="${d}" stroke="#fff" stroke-width="${w + 2.5 * k}" stroke-linecap="round"/>`);
    }
    out.push(
      `<path id="seg-${esc(p.id)}" data-segment-id="${esc(p.id)}" d="${d}" stroke="${spec.color}" stroke-width="${r1(w)}"` +
        `${built ? "" : ` stroke-opacity="${UNBUILT_LINE_OPACITY}"`}` +
        `${dash ? ` stroke-dasharray="${dash.map((x) => r1(Math.max(x * w, 0.1))).join(",")}" stroke-linecap="${isDotted(dash) ? "round" : "butt"}"` : ""}>` +
        `<title>${esc(p.name)}</title></path>`,
    );
  }
  out.push("</g>");

  out.push(`<g id="places" font-size="${11 * k}" fill="${FIGURE_PALETTE.nodeLabel}">`);
  for (const n of input.nodes) {
    const [x = 0, y = 0] = n.geometry.coordinates;
    const [px, py] = project(x, y);
    if (px < 0 || py < 0 || px > width || py > height) continue;
    const spec = NODE_KINDS_SPEC[n.properties.kind];
    out.push(
      `<circle cx="${r1(px)}" cy="${r1(py)}" r="${3.5 * k}" fill="${spec.fill}" stroke="${spec.stroke}" stroke-width="${1.4 * k}"/>`,
    );
    if (n.properties.rank === 1) {
      out.push(
        `<text x="${r1(px + 6 * k)}" y="${r1(py + 4 * k)}" stroke="#fff" stroke-width="${3 * k}" paint-order="stroke">${esc(n.properties.label)}</text>`,
      );
    }
  }
  out.push("</g>");
  return out.join("\n");
}
