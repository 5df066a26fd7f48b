// Text widths for the camera's label room, measured with the font the map's labels use. The
// page loads the same Noto Sans files for its interface, so the canvas measures real glyphs.
import type { MeasureText } from "./subject.ts";

let context: CanvasRenderingContext2D | null | undefined;

export const measureLabelText: MeasureText = (text, px) => {
  if (context === undefined) context = document.createElement("canvas").getContext("2d");
  if (!context) return text.length * px * 0.62;
  context.font = `600 ${px}px "Noto Sans", sans-serif`;
  return context.measureText(text).width;
};
