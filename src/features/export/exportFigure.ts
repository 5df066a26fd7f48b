// Makes the export figures: PNG at screen size, 2× or print size (A4 / Letter landscape at
// 300 dpi), and SVG with the map as vector paths. The same SVG layout serves both; for PNG the
// map inside it is a raster drawn off screen at the figure's resolution.
import type { Corridor } from "../../data/corridor.ts";
import { loadBasemap } from "../../data/loadBasemap.ts";
import type { TFunction } from "../../i18n/catalogue.ts";
import type { MapControllerApi } from "../../map/controllerApi.ts";
import { fitBoundsToAspect, type LonLatBounds } from "../../render/mercator.ts";
import type { RouteHaloLines } from "../../render/routeHalo.ts";
import { facesFor } from "./figure/figureFonts.ts";
import { type FigureInput, figureLayout, figureSvg } from "./figure/figureSvg.ts";
import { localNodes, localSegments } from "./figure/localFeatures.ts";
import type { FigureContent } from "./figureContent.ts";

export type FigurePreset = "screen" | "2x" | "a4" | "letter";

/** 300 dpi over CSS's 96 px per inch: how much larger everything is drawn at print size. */
const PRINT_SCALE = 300 / 96;

export const FIGURE_PRESETS: Record<
  FigurePreset,
  {
    /** What the Export dialog calls it, in the reader's language. */
    label: (t: TFunction) => string;
    size: (screen: { width: number; height: number }) => { width: number; height: number; scale: number };
  }
> = {
  screen: {
    label: (t) => t("export.format.screen"),
    size: (s) => ({ width: Math.round(s.width), height: Math.round(s.height), scale: 1 }),
  },
  "2x": {
    label: (t) => t("export.format.2x"),
    size: (s) => ({ width: Math.round(s.width * 2), height: Math.round(s.height * 2), scale: 2 }),
  },
  a4: {
    // Sizes as plain digits: "3508 × 2480" is a pixel size, not an amount to group.
    label: (t) => t("export.format.a4", { width: "3508", height: "2480" }),
    size: () => ({ width: 3508, height: 2480, scale: PRINT_SCALE }),
  },
  letter: {
    label: (t) => t("export.format.letter", { width: "3300", height: "2550" }),
    size: () => ({ width: 3300, height: 2550, scale: PRINT_SCALE }),
  },
};

export interface FigureContext {
  controller: MapControllerApi;
  corridor: Corridor;
  content: FigureContent;
  selectedId: string | null;
  permalink: string;
  /** The on-screen map's size in CSS px (the "screen size" figure). */
  screen: { width: number; height: number };
  /** The route's stretches as the map haloes them (the SVG draws them; the PNG's map has them). */
  routeLines?: RouteHaloLines | null;
}

function baseInput(ctx: FigureContext, size: { width: number; height: number; scale: number }) {
  const c = ctx.content;
  const unplaced: Omit<FigureInput, "map" | "bounds"> = {
    ...size,
    title: c.title,
    subtitle: c.subtitle,
    legendKinds: c.legendKinds,
    sources: c.sources,
    asOf: c.asOf,
    shownDate: c.shownDate,
    permalink: ctx.permalink,
    credits: c.credits,
    route: c.route,
    i18n: c.i18n,
  };
  const layout = figureLayout(unplaced);
  const shown = ctx.controller.viewBounds() ?? ([20, 30, 125, 55] as LonLatBounds);
  const bounds = fitBoundsToAspect(shown, layout.map.width, layout.map.height);
  const input: Omit<FigureInput, "map"> = { ...unplaced, bounds };
  return { input, layout, bounds };
}

async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/**
 * @font-face rules with the fonts inline (an SVG drawn as an image cannot load files): the Noto
 * Sans faces the figure's text needs (figure/figureFonts.ts), each with its unicode-range.
 */
async function inlineFontCss(text: string): Promise<string> {
  const rules = await Promise.all(
    facesFor(text).map(
      async (f) =>
        `@font-face{font-family:'Noto Sans';font-weight:${f.weight};font-display:swap;src:url(${await dataUrl(f.url)}) format('woff2');unicode-range:${f.range};}`,
    ),
  );
  return rules.join("");
}

export async function exportPng(preset: FigurePreset, ctx: FigureContext): Promise<Blob> {
  const { t } = ctx.content.i18n;
  const size = FIGURE_PRESETS[preset].size(ctx.screen);
  const { input, layout, bounds } = baseInput(ctx, size);
  const href = await ctx.controller.renderImage({
    cssWidth: layout.map.width / size.scale,
    cssHeight: layout.map.height / size.scale,
    pixelRatio: size.scale,
    bounds,
  });
  // The text is the same with or without the map: measure which faces it needs from a draft.
  const draft = figureSvg({ ...input, map: { kind: "raster", href: "" } });
  const svg = figureSvg({ ...input, map: { kind: "raster", href }, fontCss: await inlineFontCss(draft) });
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = size.width;
  canvas.height = size.height;
  const g = canvas.getContext("2d");
  if (!g) throw new Error(t("export.noCanvas"));
  g.drawImage(img, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(t("export.noPng")))), "image/png"),
  );
}

export async function exportSvg(ctx: FigureContext): Promise<string> {
  const size = {
    width: Math.max(1200, Math.round(ctx.screen.width)),
    height: Math.max(800, Math.round(ctx.screen.height)),
    scale: 1,
  };
  const { input } = baseInput(ctx, size);
  const basemap = await loadBasemap(new URL("basemap.topojson", document.baseURI).href);
  return figureSvg({
    ...input,
    map: {
      kind: "vector",
      basemap,
      // The corridor's own names in the figure's language (the basemap's are its own affair).
      segments: localSegments(ctx.content.segments, ctx.content.i18n.lang),
      nodes: localNodes(ctx.corridor.nodes, ctx.content.i18n.lang),
      selectedId: ctx.selectedId,
      time: ctx.content.time,
      route: ctx.routeLines ?? null,
    },
  });
}
