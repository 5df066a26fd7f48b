// One frame of the timeline video on a 2D canvas: the figure's title and subtitle, the vector
// map as of the frame's day (the same drawer as the SVG figure, `vectorMapNodes`), a legend,
// a large date stamp and the event being passed. The basemap, title and legend are drawn once;
// the corridor is drawn again only when the day's drawing differs from the last one. All its words
// are in the reader's language (`i18n`), measured on the canvas so a longer one is fitted.
import type { FeatureCollection } from "geojson";
import type { Corridor } from "../../../data/corridor.ts";
import type { SegmentFeature } from "../../../data/corridorTypes.ts";
import { ENGLISH } from "../../../i18n/english.ts";
import type { I18n } from "../../../i18n/i18nContext.ts";
import { KIND_ORDER, KINDS, STATUS_SAMPLE_KIND, swatchLength } from "../../../layers/registry.ts";
import { MAX_VIEW_BOUNDS } from "../../../map/fitLimits.ts";
import { corridorBounds } from "../../../map/subject.ts";
import { dashPx, drawnLine } from "../../../render/lineStyle.ts";
import { constrainBounds, fitBoundsToAspect, type LonLatBounds } from "../../../render/mercator.ts";
import { type SvgNode, vectorMapNodes } from "../../../render/vectorMap.ts";
import { isoOfDay } from "../../../time/dates.ts";
import { sameDrawing, type TimeView, timeViewOn } from "../../../time/timeView.ts";
import { formatDate } from "../../../ui/format.ts";
import { localNodes, localSegments } from "../figure/localFeatures.ts";
import { drawSvgNodes } from "./drawSvgNodes.ts";
import type { VideoFrame } from "./framePlan.ts";

export const VIDEO_SIZE = { width: 1280, height: 720 };
export const VIDEO_FONT = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

const HEADER = 70;
const FOOTER = 44;
const MARGIN = 20;
const INK = "#1d1d1b";

export interface SceneInput {
  corridor: Corridor;
  /** The segments of the layers shown (as the figure). */
  segments: SegmentFeature[];
  basemap: FeatureCollection;
  title: string;
  subtitle: string;
  credits: string;
  /** Today, as a day number: frames after it say so. */
  today: number;
  /** The language of the legend, the date stamp and its notes; English unless given. */
  i18n?: I18n;
}

export interface VideoScene {
  draw(g: CanvasRenderingContext2D, frame: VideoFrame): void;
}

function canvas(
  width: number,
  height: number,
  i18n: I18n,
): { c: HTMLCanvasElement; g: CanvasRenderingContext2D } {
  const c = document.createElement("canvas");
  c.width = width;
  c.height = height;
  const g = c.getContext("2d");
  if (!g) throw new Error(i18n.t("export.video.noCanvas"));
  return { c, g };
}

/** The swatches' row along the bottom; a smaller type when the language's words are longer. */
function legend(g: CanvasRenderingContext2D, kinds: readonly string[], y: number, i18n: I18n): void {
  const items = [
    ...KIND_ORDER.filter((k) => kinds.includes(k)).map((kind) => ({
      kind,
      label: i18n.t(KINDS[kind].labelKey),
      planned: false,
    })),
    { kind: STATUS_SAMPLE_KIND, label: i18n.t("legend.unbuiltShort"), planned: true },
  ];
  g.textBaseline = "middle";
  g.textAlign = "left";
  const rowWidth = (size: number) => {
    g.font = `400 ${size}px ${VIDEO_FONT}`;
    return items.reduce((w, item) => w + 28 + 6 + g.measureText(item.label).width + 18, 0);
  };
  let size = 14;
  while (size > 10 && rowWidth(size) > VIDEO_SIZE.width - 2 * MARGIN) size -= 1;
  g.font = `400 ${size}px ${VIDEO_FONT}`;
  let x = MARGIN;
  for (const item of items) {
    const drawn = drawnLine(item.kind, item.planned ? "unbuilt" : "built");
    const w = drawn.width * 1.2;
    const dash = dashPx(drawn, w);
    const length = drawn.cap === "round" ? 28 : swatchLength(dash, 28);
    g.strokeStyle = drawn.color;
    g.globalAlpha = drawn.opacity;
    g.lineWidth = w;
    g.lineCap = dash ? drawn.cap : "butt";
    g.setLineDash(dash ?? []);
    g.beginPath();
    g.moveTo(x, y);
    g.lineTo(x + length, y);
    g.stroke();
    g.globalAlpha = 1;
    g.setLineDash([]);
    g.fillStyle = INK;
    g.fillText(item.label, x + length + 6, y);
    x += length + 6 + g.measureText(item.label).width + 18;
  }
}

/** Cuts text to fit `width` at the context's font, with an ellipsis. */
function fitText(g: CanvasRenderingContext2D, text: string, width: number): string {
  if (g.measureText(text).width <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (g.measureText(`${text.slice(0, mid)}…`).width <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

/** Breaks text into at most `max` lines of `width`, the last cut with an ellipsis. */
function wrapText(g: CanvasRenderingContext2D, text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  const words = text.split(/\s+/).filter(Boolean);
  for (const [i, word] of words.entries()) {
    const next = line ? `${line} ${word}` : word;
    if (line && g.measureText(next).width > width) {
      // The last line takes the rest, cut to fit.
      if (lines.length === max - 1) return [...lines, fitText(g, [line, ...words.slice(i)].join(" "), width)];
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(fitText(g, line, width));
  return lines;
}

export function videoScene(input: SceneInput): VideoScene {
  const i18n = input.i18n ?? ENGLISH;
  const { width, height } = VIDEO_SIZE;
  const map = { x: MARGIN, y: HEADER, width: width - 2 * MARGIN, height: height - HEADER - FOOTER };
  const [w, s, e, n] = corridorBounds(input.corridor) as LonLatBounds;
  const padX = (e - w) * 0.07;
  const padY = (n - s) * 0.08;
  const bounds = constrainBounds(
    fitBoundsToAspect([w - padX, s - padY, e + padX, n + padY], map.width, map.height),
    MAX_VIEW_BOUNDS,
  );
  const nodes = localNodes(input.corridor.nodes, i18n.lang);
  const mapInput = {
    bounds,
    width: map.width,
    height: map.height,
    scale: 1,
    segments: localSegments(input.segments, i18n.lang),
    nodes,
    selectedId: null,
    lang: i18n.lang,
  };

  // Drawn once: the white frame, title, the basemap in its box, the legend and credits.
  const back = canvas(width, height, i18n);
  const bg = back.g;
  bg.fillStyle = "#fff";
  bg.fillRect(0, 0, width, height);
  bg.fillStyle = INK;
  bg.textBaseline = "alphabetic";
  bg.font = `600 26px ${VIDEO_FONT}`;
  bg.fillText(fitText(bg, input.title, width - 2 * MARGIN), MARGIN, MARGIN + 22);
  bg.font = `400 15px ${VIDEO_FONT}`;
  bg.fillStyle = "#5c5a55";
  bg.fillText(fitText(bg, input.subtitle, width * 0.6), MARGIN, MARGIN + 42);
  bg.font = `400 11px ${VIDEO_FONT}`;
  bg.textAlign = "right";
  bg.fillText(fitText(bg, input.credits, width * 0.4 - 3 * MARGIN), width - MARGIN, MARGIN + 42);
  bg.textAlign = "left";
  const basemap = vectorMapNodes({
    ...mapInput,
    basemap: input.basemap,
    segments: [],
    nodes: [],
    placesDrawnApart: nodes,
  }).filter((node) => node.attrs.id !== "corridor" && node.attrs.id !== "places");
  bg.save();
  bg.translate(map.x, map.y);
  bg.beginPath();
  bg.rect(0, 0, map.width, map.height);
  bg.clip();
  drawSvgNodes(bg, basemap, VIDEO_FONT);
  bg.restore();
  bg.strokeStyle = "#999";
  bg.lineWidth = 1;
  bg.strokeRect(map.x, map.y, map.width, map.height);
  legend(bg, [...new Set(input.segments.map((seg) => seg.properties.kind))], height - FOOTER / 2, i18n);

  // The corridor as of the last day drawn, kept until a day draws differently.
  const front = canvas(map.width, map.height, i18n);
  let shown: TimeView | null = null;
  const corridorLayer = (view: TimeView) => {
    if (shown && sameDrawing(shown, view)) return;
    shown = view;
    const nodes = vectorMapNodes({
      ...mapInput,
      basemap: { type: "FeatureCollection", features: [] },
      time: view,
    });
    const layers = nodes.filter(
      (node: SvgNode) => node.attrs.id === "corridor" || node.attrs.id === "places",
    );
    front.g.clearRect(0, 0, map.width, map.height);
    drawSvgNodes(front.g, layers, VIDEO_FONT);
  };

  return {
    draw(g, frame) {
      corridorLayer(timeViewOn(input.corridor, frame.day));
      g.drawImage(back.c, 0, 0);
      g.drawImage(front.c, map.x, map.y);
      // The date stamp, large, in a white box at the map's top right; the event under it.
      const iso = isoOfDay(frame.day);
      const date = formatDate(iso.slice(0, 7), "month", i18n.formats);
      const note =
        frame.day > input.today
          ? i18n.t("export.video.afterToday")
          : frame.day === input.today
            ? i18n.t("export.video.today")
            : "";
      g.font = `600 44px ${VIDEO_FONT}`;
      const dateWidth = g.measureText(date).width;
      g.font = `400 17px ${VIDEO_FONT}`;
      const caption = frame.caption ? wrapText(g, frame.caption, 560, 2) : [];
      const boxW = Math.max(260, dateWidth + 32, ...caption.map((l) => g.measureText(l).width + 32));
      const boxH = 76 + caption.length * 24;
      const bx = map.x + map.width - boxW - 12;
      const by = map.y + 12;
      g.fillStyle = "rgba(255,255,255,0.9)";
      g.fillRect(bx, by, boxW, boxH);
      g.strokeStyle = "#999";
      g.lineWidth = 1;
      g.strokeRect(bx, by, boxW, boxH);
      g.textAlign = "right";
      g.textBaseline = "alphabetic";
      g.fillStyle = INK;
      g.font = `600 44px ${VIDEO_FONT}`;
      g.fillText(date, bx + boxW - 16, by + 52);
      if (note) {
        g.font = `400 14px ${VIDEO_FONT}`;
        g.fillStyle = "#8a3b00";
        g.textAlign = "left";
        g.fillText(note, bx + 16, by + 24);
        g.textAlign = "right";
      }
      g.font = `400 17px ${VIDEO_FONT}`;
      g.fillStyle = INK;
      for (const [i, line] of caption.entries()) g.fillText(line, bx + boxW - 16, by + 84 + i * 24);
      g.textAlign = "left";
    },
  };
}
