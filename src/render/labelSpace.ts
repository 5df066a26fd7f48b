// Where a figure's names go: each label's box estimated from its text, and a space that takes a
// box only where it overlaps none taken before (greedy placement, first come first placed).

/** A label's box on the figure, in px. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The labels placed so far; a new one goes only where it overlaps none of them. */
export class LabelSpace {
  readonly boxes: Box[] = [];
  constructor(
    private readonly width: number,
    private readonly height: number,
  ) {}
  /** Places the box if it is inside the figure and clear of every box placed; says whether it did. */
  take(b: Box): boolean {
    if (b.x0 < 0 || b.y0 < 0 || b.x1 > this.width || b.y1 > this.height) return false;
    if (this.boxes.some((o) => b.x0 < o.x1 && b.x1 > o.x0 && b.y0 < o.y1 && b.y1 > o.y0)) return false;
    this.boxes.push(b);
    return true;
  }
  /** Registers a box that is drawn whatever (a corridor place's name). */
  reserve(b: Box): void {
    this.boxes.push(b);
  }
}

/** Noto Sans averages a little over half an em per character; labels get a pixel of air around. */
const EM_PER_CHAR = 0.56;
const PAD = 1.5;
/** The box of a one-line text with its baseline at y, anchored at x as SVG's text-anchor. */
export function textBox(
  x: number,
  y: number,
  text: string,
  size: number,
  anchor: "start" | "middle" | "end" = "start",
  letterSpacing = 0,
): Box {
  const w = [...text].length * (size * EM_PER_CHAR + letterSpacing);
  const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
  return { x0: x0 - PAD, y0: y - size * 0.8 - PAD, x1: x0 + w + PAD, y1: y + size * 0.25 + PAD };
}

export const union = (a: Box, b: Box): Box => ({
  x0: Math.min(a.x0, b.x0),
  y0: Math.min(a.y0, b.y0),
  x1: Math.max(a.x1, b.x1),
  y1: Math.max(a.y1, b.y1),
});
