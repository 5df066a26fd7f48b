// Draws the vector map's element tree (src/render/vectorMap.ts) onto a 2D canvas: paths through
// Path2D from their `d`, circles, rects and text, with the presentation attributes the tree
// uses inherited through its groups as SVG does. No SVG is parsed or rasterised, so a frame is
// quick to draw in every engine.
import type { SvgNode } from "../../../render/vectorMap.ts";

type Style = Record<string, string | number>;

/** The presentation attributes that groups pass on to their children (as SVG inherits them). */
const INHERITED = [
  "fill",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "fill-rule",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "letter-spacing",
  "paint-order",
];

const num = (v: string | number | undefined, fallback: number) => {
  const n = Number(v);
  return Number.isFinite(n) ? n : fallback;
};

function paint(g: CanvasRenderingContext2D, style: Style, fill: () => void, stroke: () => void) {
  const fillColor = String(style.fill ?? "#000");
  const strokeColor = style.stroke === undefined ? "none" : String(style.stroke);
  const doFill = () => {
    if (fillColor === "none") return;
    g.fillStyle = fillColor;
    fill();
  };
  const doStroke = () => {
    if (strokeColor === "none") return;
    g.strokeStyle = strokeColor;
    g.lineWidth = num(style["stroke-width"], 1);
    g.globalAlpha = num(style["stroke-opacity"], 1);
    g.lineCap = (style["stroke-linecap"] as CanvasLineCap | undefined) ?? "butt";
    g.lineJoin = (style["stroke-linejoin"] as CanvasLineJoin | undefined) ?? "miter";
    const dash = style["stroke-dasharray"];
    g.setLineDash(dash ? String(dash).split(/[ ,]+/).map(Number).filter(Number.isFinite) : []);
    stroke();
    g.globalAlpha = 1;
    g.setLineDash([]);
  };
  if (style["paint-order"] === "stroke") {
    doStroke();
    doFill();
  } else {
    doFill();
    doStroke();
  }
}

function drawNode(g: CanvasRenderingContext2D, node: SvgNode, inherited: Style, fontFamily: string): void {
  if (node.tag === "title") return;
  const style: Style = { ...inherited };
  for (const k of INHERITED) if (node.attrs[k] !== undefined) style[k] = node.attrs[k] as string | number;
  const a = node.attrs;
  switch (node.tag) {
    case "g":
      for (const child of node.children ?? []) drawNode(g, child, style, fontFamily);
      return;
    case "rect": {
      const [x, y, w, h] = [num(a.x, 0), num(a.y, 0), num(a.width, 0), num(a.height, 0)];
      paint(
        g,
        style,
        () => g.fillRect(x, y, w, h),
        () => g.strokeRect(x, y, w, h),
      );
      return;
    }
    case "path": {
      const d = String(a.d ?? "");
      if (!d) return;
      const path = new Path2D(d);
      const rule = style["fill-rule"] === "evenodd" ? "evenodd" : "nonzero";
      paint(
        g,
        style,
        () => g.fill(path, rule),
        () => g.stroke(path),
      );
      return;
    }
    case "circle": {
      const path = new Path2D();
      path.arc(num(a.cx, 0), num(a.cy, 0), num(a.r, 0), 0, 2 * Math.PI);
      paint(
        g,
        style,
        () => g.fill(path),
        () => g.stroke(path),
      );
      return;
    }
    case "text": {
      const text = node.text ?? "";
      if (!text) return;
      const size = num(style["font-size"], 16);
      g.font = `${style["font-style"] === "italic" ? "italic " : ""}${style["font-weight"] ?? 400} ${size}px ${fontFamily}`;
      const anchor = style["text-anchor"];
      g.textAlign = anchor === "middle" ? "center" : anchor === "end" ? "right" : "left";
      g.textBaseline = "alphabetic";
      const spacing = num(style["letter-spacing"], 0);
      // letterSpacing is newer than the rest of the 2D context; where it is missing, text is tighter.
      const spaced = g as CanvasRenderingContext2D & { letterSpacing?: string };
      if (spacing && "letterSpacing" in spaced) spaced.letterSpacing = `${spacing}px`;
      const [x, y] = [num(a.x, 0), num(a.y, 0)];
      paint(
        g,
        { ...style, "stroke-linejoin": "round" },
        () => g.fillText(text, x, y),
        () => g.strokeText(text, x, y),
      );
      if (spacing && "letterSpacing" in spaced) spaced.letterSpacing = "0px";
      return;
    }
  }
}

/** Draws the elements at the context's current transform. */
export function drawSvgNodes(
  g: CanvasRenderingContext2D,
  nodes: readonly SvgNode[],
  fontFamily: string,
): void {
  for (const node of nodes) drawNode(g, node, {}, fontFamily);
}
