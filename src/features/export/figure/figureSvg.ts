// The export figure as one SVG: title, the map (raster for PNG, vector paths for SVG), legend,
// scale bar, credits, the sources of the annotations shown, an "as of" date and the permalink.
// A figure of another day than today carries "As of <date>" in its title block.
// Everything is sized from `scale`, so text stays legible at print resolution.
import { kindSpec, REGISTRY, type Registry, swatchLength } from "../../../layers/registry.ts";
import { dashPx, drawnLine } from "../../../render/lineStyle.ts";
import { kmPerPixel, type LonLatBounds, scaleBar } from "../../../render/mercator.ts";
import { type VectorMapInput, vectorMap } from "../../../render/vectorMap.ts";
import { escapeXml } from "../../../render/xmlText.ts";
import { type FigureRouteTable, routeTableHeight, routeTableSvg } from "./routeTableSvg.ts";
import { charsFor, wrap } from "./svgText.ts";

export interface FigureInput {
  width: number;
  height: number;
  /** 1 for screen size; larger for print, where 1 unit is a smaller physical size. */
  scale: number;
  title: string;
  subtitle: string;
  bounds: LonLatBounds;
  map:
    | { kind: "raster"; href: string }
    | ({ kind: "vector" } & Omit<VectorMapInput, "bounds" | "width" | "height" | "scale" | "registry">);
  legendKinds: readonly string[];
  sources: string[];
  /** The day the figure is made, for the footer. */
  asOf: string;
  /** The day the corridor is drawn as of, when not today: stamped in the title block. */
  shownDate?: string | null;
  permalink: string;
  credits: string;
  /** @font-face rules to embed, so the figure renders in the app's font when rasterised. */
  fontCss?: string;
  /** What the legend and the vector map draw by kind; the app's registry unless given. */
  registry?: Registry;
  /** The route shown, as a table under the map (its halos are in the map). */
  route?: FigureRouteTable | null;
}

export interface FigureLayout {
  margin: number;
  map: { x: number; y: number; width: number; height: number };
  /** Where the footer (legend, sources) starts: under the map, and under the route table if any. */
  footerY: number;
}

const FONT = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

export function figureLayout(
  f: Pick<FigureInput, "width" | "height" | "scale" | "legendKinds" | "sources" | "route">,
): FigureLayout {
  const k = f.scale;
  const margin = 20 * k;
  const header = 58 * k;
  const line = 15 * k;
  const legendRows = Math.ceil((f.legendKinds.length + 1) / 2) + 2;
  const infoRows = f.sources.length * 2 + 3;
  const footer = Math.max(legendRows, infoRows) * line + 18 * k;
  const routeBand = f.route ? routeTableHeight(f.route, f.width - 2 * margin, k) : 0;
  const mapHeight = f.height - header - footer - routeBand - margin * 0.5;
  return {
    margin,
    map: { x: margin, y: header, width: f.width - 2 * margin, height: mapHeight },
    footerY: header + mapHeight + routeBand + 22 * k,
  };
}

function legendSvg(f: FigureInput, x: number, y: number, colWidth: number): string {
  const k = f.scale;
  const line = 15 * k;
  const registry = f.registry ?? REGISTRY;
  const items = [
    ...registry.kindOrder
      .filter((kind) => f.legendKinds.includes(kind))
      .map((kind) => ({ kind, label: kindSpec(registry, kind).label, planned: false })),
    { kind: registry.statusSampleKind, label: "planned or agreed", planned: true },
  ];
  const out = [
    `<text x="${x}" y="${y}" font-weight="600" font-size="${11 * k}" letter-spacing="${0.8 * k}">LEGEND</text>`,
  ];
  items.forEach((item, i) => {
    const cx = x + (i % 2) * colWidth;
    const cy = y + (Math.floor(i / 2) + 1) * line;
    const drawn = drawnLine(item.kind, item.planned ? "unbuilt" : "built", registry);
    const w = drawn.width * k;
    const dash = dashPx(drawn, w);
    const length = drawn.cap === "round" ? 30 * k : swatchLength(dash, 30 * k);
    out.push(
      `<line x1="${cx}" y1="${cy - 4 * k}" x2="${cx + length}" y2="${cy - 4 * k}" stroke="${drawn.color}" stroke-width="${w}"` +
        `${drawn.opacity < 1 ? ` stroke-opacity="${drawn.opacity}"` : ""}${dash ? ` stroke-dasharray="${dash.join(",")}" stroke-linecap="${drawn.cap}"` : ""}/>`,
      `<text x="${cx + 36 * k}" y="${cy}" font-size="${11 * k}">${escapeXml(item.label)}</text>`,
    );
  });
  return out.join("\n");
}

function scaleBarSvg(f: FigureInput, layout: FigureLayout, x: number, y: number): string {
  const k = f.scale;
  const { km, px } = scaleBar(kmPerPixel(f.bounds, layout.map.width), 140 * k);
  return [
    `<rect x="${x}" y="${y - 5 * k}" width="${px}" height="${5 * k}" fill="#333"/>`,
    `<rect x="${x + px / 2}" y="${y - 5 * k}" width="${px / 2}" height="${5 * k}" fill="#fff" stroke="#333" stroke-width="${0.8 * k}"/>`,
    `<text x="${x}" y="${y + 11 * k}" font-size="${10 * k}">0</text>`,
    `<text x="${x + px}" y="${y + 11 * k}" font-size="${10 * k}" text-anchor="end">${km.toLocaleString("en-GB")} km</text>`,
  ].join("\n");
}

export function figureSvg(f: FigureInput): string {
  const k = f.scale;
  const layout = figureLayout(f);
  const { margin, map, footerY } = layout;
  const legendWidth = Math.min(330 * k, f.width * 0.36);
  const infoX = margin + legendWidth + 24 * k;
  const infoWidth = f.width - infoX - margin;
  const line = 15 * k;
  const chars = charsFor(infoWidth, 10.5 * k);

  const info: string[] = [];
  let iy = footerY;
  const text = (s: string, opts = "") => {
    info.push(`<text x="${infoX}" y="${iy}" font-size="${10.5 * k}"${opts}>${escapeXml(s)}</text>`);
    iy += line;
  };
  text("Sources of the annotations shown:", ' font-weight="600"');
  for (const s of f.sources) for (const l of wrap(s, chars)) text(l);
  text(
    f.shownDate
      ? `The corridor as of ${f.shownDate}; figure made ${f.asOf}. ${f.credits}`
      : `As of ${f.asOf}. ${f.credits}`,
  );
  for (const l of wrap(f.permalink, chars)) text(l, ' fill="#0a5a8a"');

  const mapContent =
    f.map.kind === "raster"
      ? `<image href="${escapeXml(f.map.href)}" x="0" y="0" width="${map.width}" height="${map.height}" preserveAspectRatio="none"/>`
      : vectorMap({
          ...f.map,
          bounds: f.bounds,
          width: map.width,
          height: map.height,
          scale: k,
          ...(f.registry ? { registry: f.registry } : {}),
        });
  // The date stamp sits at the title's right; a narrow figure puts it before the subtitle instead.
  const stamp = f.shownDate ? `As of ${f.shownDate}` : null;
  const stampBeside = stamp !== null && f.width / k >= 760;
  const subtitle = stamp && !stampBeside ? `${stamp} · ${f.subtitle}` : f.subtitle;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f.width}" height="${f.height}" viewBox="0 0 ${f.width} ${f.height}" font-family="${FONT}" fill="#1d1d1b">`,
    f.fontCss ? `<style>${f.fontCss}</style>` : "",
    `<title>${escapeXml(f.title)}</title>`,
    `<rect width="${f.width}" height="${f.height}" fill="#fff"/>`,
    `<text x="${margin}" y="${margin + 18 * k}" font-size="${21 * k}" font-weight="600">${escapeXml(f.title)}</text>`,
    `<text x="${margin}" y="${margin + 34 * k}" font-size="${12 * k}" fill="#5c5a55">${escapeXml(subtitle)}</text>`,
    stampBeside
      ? `<text id="as-of-stamp" x="${f.width - margin}" y="${margin + 18 * k}" font-size="${19 * k}" font-weight="600" text-anchor="end" fill="#8a3b00">${escapeXml(stamp)}</text>`
      : "",
    `<defs><clipPath id="map-clip"><rect width="${map.width}" height="${map.height}"/></clipPath></defs>`,
    `<g id="map" transform="translate(${map.x} ${map.y})" clip-path="url(#map-clip)">`,
    mapContent,
    "</g>",
    `<rect x="${map.x}" y="${map.y}" width="${map.width}" height="${map.height}" fill="none" stroke="#999" stroke-width="${0.8 * k}"/>`,
    f.route ? routeTableSvg(f.route, margin, map.y + map.height + 24 * k, map.width, k) : "",
    legendSvg(f, margin, footerY, legendWidth / 2),
    scaleBarSvg(f, layout, margin, footerY + (Math.ceil((f.legendKinds.length + 1) / 2) + 1.6) * line),
    ...info,
    "</svg>",
  ]
    .filter(Boolean)
    .join("\n");
}
