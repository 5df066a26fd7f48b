// The export figure as one SVG: title, the map (raster for PNG, vector paths for SVG), legend,
// scale bar, credits, the sources of the annotations shown, an "as of" date and the permalink.
// A figure of another day than today carries "As of <date>" in its title block.
// Everything is sized from `scale`, so text stays legible at print resolution. The words are in
// the chosen language (`i18n`), laid out by measured width so longer Russian or Kazakh texts
// wrap or fall to one legend column instead of running over; citations stay as published.

import { ENGLISH } from "../../../i18n/english.ts";
import type { I18n } from "../../../i18n/i18nContext.ts";
import { oneFinalPeriod } from "../../../i18n/sentence.ts";
import { kindSpec, REGISTRY, type Registry, swatchLength } from "../../../layers/registry.ts";
import { dashPx, drawnLine } from "../../../render/lineStyle.ts";
import { kmPerPixel, type LonLatBounds, scaleBar } from "../../../render/mercator.ts";
import { type VectorMapInput, vectorMap } from "../../../render/vectorMap.ts";
import { escapeXml } from "../../../render/xmlText.ts";
import { formatKm } from "../../../ui/format.ts";
import { type FigureRouteTable, routeTableHeight, routeTableSvg } from "./routeTableSvg.ts";
import { fitTo, textWidth, wrapTo } from "./svgText.ts";

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
  /**
   * The language of the figure's own words (legend, stamp, footer) and of its `xml:lang`;
   * English unless given. The texts passed in (title, sources) are already in it.
   */
  i18n?: I18n;
}

export interface FigureLayout {
  margin: number;
  map: { x: number; y: number; width: number; height: number };
  /** Where the footer (legend, sources) starts: under the map, and under the route table if any. */
  footerY: number;
  legend: LegendLayout;
  /** The footer's right column, wrapped to its width: the sources, the dates and credits, the link. */
  info: { x: number; width: number; lines: { text: string; bold?: boolean; link?: boolean }[] };
}

interface LegendItem {
  kind: string;
  label: string;
  planned: boolean;
}

interface LegendLayout {
  items: LegendItem[];
  /** 2 when every label fits half the legend's width, else 1 (long Russian or Kazakh names). */
  columns: number;
  colWidth: number;
  /** Rows of swatches (the heading and the scale bar come on top of them). */
  rows: number;
}

const FONT = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
/** Font sizes (at scale 1) the footer's texts are measured and drawn at. */
const LEGEND_SIZE = 11;
const INFO_SIZE = 10.5;
const SWATCH_ROOM = 36;

type LayoutInput = Omit<FigureInput, "map" | "bounds">;

function legendLayout(f: LayoutInput, width: number): LegendLayout {
  const k = f.scale;
  const registry = f.registry ?? REGISTRY;
  const say = (f.i18n ?? ENGLISH).say;
  const t = (f.i18n ?? ENGLISH).t;
  const items: LegendItem[] = [
    ...registry.kindOrder
      .filter((kind) => f.legendKinds.includes(kind))
      .map((kind) => {
        const spec = kindSpec(registry, kind);
        return { kind, label: say(spec.labelKey, spec.label), planned: false };
      }),
    { kind: registry.statusSampleKind, label: t("legend.unbuiltShort"), planned: true },
  ];
  const half = width / 2 - SWATCH_ROOM * k - 6 * k;
  const columns = items.every((i) => textWidth(i.label, LEGEND_SIZE * k) <= half) ? 2 : 1;
  return { items, columns, colWidth: width / columns, rows: Math.ceil(items.length / columns) };
}

function infoLines(f: LayoutInput, width: number): FigureLayout["info"]["lines"] {
  const t = (f.i18n ?? ENGLISH).t;
  const size = INFO_SIZE * f.scale;
  const dates = oneFinalPeriod(
    f.shownDate
      ? t("export.figure.shownMade", { shown: f.shownDate, made: f.asOf })
      : t("export.figure.made", { date: f.asOf }),
  );
  return [
    { text: fitTo(t("export.figure.sources"), width, size, true), bold: true },
    ...f.sources.flatMap((s) => wrapTo(s, width, size).map((text) => ({ text }))),
    ...wrapTo(`${dates} ${f.credits}`, width, size).map((text) => ({ text })),
    ...wrapTo(f.permalink, width, size).map((text) => ({ text, link: true })),
  ];
}

export function figureLayout(f: LayoutInput): FigureLayout {
  const k = f.scale;
  const margin = 20 * k;
  const header = 58 * k;
  const line = 15 * k;
  const legendWidth = Math.min(330 * k, f.width * 0.36);
  const legend = legendLayout(f, legendWidth);
  const infoX = margin + legendWidth + 24 * k;
  const infoWidth = f.width - infoX - margin;
  const lines = infoLines(f, infoWidth);
  const footer = Math.max(legend.rows + 2, lines.length) * line + 18 * k;
  const routeBand = f.route ? routeTableHeight(f.route, f.width - 2 * margin, k) : 0;
  const mapHeight = f.height - header - footer - routeBand - margin * 0.5;
  return {
    margin,
    map: { x: margin, y: header, width: f.width - 2 * margin, height: mapHeight },
    footerY: header + mapHeight + routeBand + 22 * k,
    legend,
    info: { x: infoX, width: infoWidth, lines },
  };
}

function legendSvg(f: FigureInput, legend: LegendLayout, x: number, y: number): string {
  const k = f.scale;
  const line = 15 * k;
  const registry = f.registry ?? REGISTRY;
  const i18n = f.i18n ?? ENGLISH;
  const heading = i18n.t("legend.heading").toLocaleUpperCase(i18n.locale);
  const labelWidth = legend.colWidth - SWATCH_ROOM * k - 6 * k;
  const out = [
    `<text x="${x}" y="${y}" font-weight="600" font-size="${LEGEND_SIZE * k}" letter-spacing="${0.8 * k}">${escapeXml(heading)}</text>`,
  ];
  legend.items.forEach((item, i) => {
    const cx = x + (i % legend.columns) * legend.colWidth;
    const cy = y + (Math.floor(i / legend.columns) + 1) * line;
    const drawn = drawnLine(item.kind, item.planned ? "unbuilt" : "built", registry);
    const w = drawn.width * k;
    const dash = dashPx(drawn, w);
    const length = drawn.cap === "round" ? 30 * k : swatchLength(dash, 30 * k);
    out.push(
      `<line x1="${cx}" y1="${cy - 4 * k}" x2="${cx + length}" y2="${cy - 4 * k}" stroke="${drawn.color}" stroke-width="${w}"` +
        `${drawn.opacity < 1 ? ` stroke-opacity="${drawn.opacity}"` : ""}${dash ? ` stroke-dasharray="${dash.join(",")}" stroke-linecap="${drawn.cap}"` : ""}/>`,
      `<text x="${cx + SWATCH_ROOM * k}" y="${cy}" font-size="${LEGEND_SIZE * k}">${escapeXml(fitTo(item.label, labelWidth, LEGEND_SIZE * k))}</text>`,
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
    `<text x="${x + px}" y="${y + 11 * k}" font-size="${10 * k}" text-anchor="end">${escapeXml(formatKm(km, (f.i18n ?? ENGLISH).formats))}</text>`,
  ].join("\n");
}

export function figureSvg(f: FigureInput): string {
  const k = f.scale;
  const i18n = f.i18n ?? ENGLISH;
  const layout = figureLayout(f);
  const { margin, map, footerY, legend, info } = layout;
  const line = 15 * k;

  let iy = footerY;
  const infoSvg = info.lines.map((l) => {
    const opts = `${l.bold ? ' font-weight="600"' : ""}${l.link ? ' fill="#0a5a8a"' : ""}`;
    const out = `<text x="${info.x}" y="${iy}" font-size="${INFO_SIZE * k}"${opts}>${escapeXml(l.text)}</text>`;
    iy += line;
    return out;
  });

  const mapContent =
    f.map.kind === "raster"
      ? `<image href="${escapeXml(f.map.href)}" x="0" y="0" width="${map.width}" height="${map.height}" preserveAspectRatio="none"/>`
      : vectorMap({
          ...f.map,
          bounds: f.bounds,
          width: map.width,
          height: map.height,
          scale: k,
          lang: (f.i18n ?? ENGLISH).lang,
          ...(f.registry ? { registry: f.registry } : {}),
        });
  // The date stamp sits at the title's right when both fit on the line (measured: a Russian title
  // is longer); otherwise it goes before the subtitle.
  const stamp = f.shownDate ? i18n.t("timeline.asOf", { date: f.shownDate }) : null;
  const room = f.width - 2 * margin;
  const stampBeside =
    stamp !== null &&
    f.width / k >= 760 &&
    textWidth(f.title, 21 * k) + textWidth(stamp, 19 * k) + 40 * k <= room;
  const title = fitTo(
    f.title,
    stampBeside && stamp ? room - textWidth(stamp, 19 * k) - 40 * k : room,
    21 * k,
  );
  const subtitle = fitTo(stamp && !stampBeside ? `${stamp} · ${f.subtitle}` : f.subtitle, room, 12 * k);
  const lang = escapeXml(i18n.lang);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${lang}" lang="${lang}" width="${f.width}" height="${f.height}" viewBox="0 0 ${f.width} ${f.height}" font-family="${FONT}" fill="#1d1d1b">`,
    f.fontCss ? `<style>${f.fontCss}</style>` : "",
    `<title>${escapeXml(f.title)}</title>`,
    `<rect width="${f.width}" height="${f.height}" fill="#fff"/>`,
    `<text x="${margin}" y="${margin + 18 * k}" font-size="${21 * k}" font-weight="600">${escapeXml(title)}</text>`,
    `<text x="${margin}" y="${margin + 34 * k}" font-size="${12 * k}" fill="#5c5a55">${escapeXml(subtitle)}</text>`,
    stampBeside && stamp
      ? `<text id="as-of-stamp" x="${f.width - margin}" y="${margin + 18 * k}" font-size="${19 * k}" font-weight="600" text-anchor="end" fill="#8a3b00">${escapeXml(stamp)}</text>`
      : "",
    `<defs><clipPath id="map-clip"><rect width="${map.width}" height="${map.height}"/></clipPath></defs>`,
    `<g id="map" transform="translate(${map.x} ${map.y})" clip-path="url(#map-clip)">`,
    mapContent,
    "</g>",
    `<rect x="${map.x}" y="${map.y}" width="${map.width}" height="${map.height}" fill="none" stroke="#999" stroke-width="${0.8 * k}"/>`,
    f.route ? routeTableSvg(f.route, margin, map.y + map.height + 24 * k, map.width, k) : "",
    legendSvg(f, legend, margin, footerY),
    scaleBarSvg(f, layout, margin, footerY + (legend.rows + 1.6) * line),
    ...infoSvg,
    "</svg>",
  ]
    .filter(Boolean)
    .join("\n");
}
