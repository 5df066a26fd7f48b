// The free area of the map: the part no panel, legend, caption or control covers. Every camera
// move (list choice, URL, tour step, presenter preview), the still overview and the export's
// framing fit their subject into it, so nothing they present sits under something else.
//
// Panels float in corners or along edges, so each can be kept clear of in one of two ways: a
// legend in the bottom-left corner by a left inset or by a bottom inset. Which is better depends
// on the subject (a long east–west line wants the width), so this returns every sensible way,
// largest area first, and the camera takes the one that shows its subject largest.

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type Side = keyof Insets;

/** A rectangle in px relative to the map's top-left corner. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

const SIDES: readonly Side[] = ["top", "right", "bottom", "left"];

/** How much of the map is lost on `side` to keep clear of `rect` (plus `gap`). */
function insetFor(rect: Rect, side: Side, width: number, height: number, gap: number): number {
  switch (side) {
    case "top":
      return rect.bottom + gap;
    case "bottom":
      return height - rect.top + gap;
    case "left":
      return rect.right + gap;
    case "right":
      return width - rect.left + gap;
  }
}

/** The sides an obstacle can be cleared from: the edges it is nearer to than the map's middle. */
function candidateSides(rect: Rect, width: number, height: number): Side[] {
  const near: Record<Side, boolean> = {
    top: rect.top < height / 2,
    bottom: height - rect.bottom < height / 2,
    left: rect.left < width / 2,
    right: width - rect.right < width / 2,
  };
  return SIDES.filter((s) => near[s]);
}

const clip = (r: Rect, width: number, height: number): Rect | null => {
  const c = {
    left: Math.max(0, r.left),
    top: Math.max(0, r.top),
    right: Math.min(width, r.right),
    bottom: Math.min(height, r.bottom),
  };
  return c.right > c.left && c.bottom > c.top ? c : null;
};

/**
 * Every way of keeping clear of `obstacles` on a `width`×`height` map, as insets, largest free
 * area first (duplicates dropped). `gap` px are left between an obstacle and the free area.
 * With no obstacles: one candidate, no insets.
 */
export function freeAreaCandidates(
  width: number,
  height: number,
  obstacles: readonly Rect[],
  gap = 0,
): Insets[] {
  const rects = obstacles.map((r) => clip(r, width, height)).filter((r): r is Rect => r !== null);
  let results: Insets[] = [{ ...NO_INSETS }];
  for (const rect of rects) {
    const sides = candidateSides(rect, width, height);
    const next: Insets[] = [];
    for (const base of results)
      for (const side of sides)
        next.push({ ...base, [side]: Math.max(base[side], insetFor(rect, side, width, height, gap)) });
    results = next.length > 0 ? next : results;
  }
  const area = (i: Insets) => Math.max(0, width - i.left - i.right) * Math.max(0, height - i.top - i.bottom);
  const seen = new Set<string>();
  return results
    .filter((i) => area(i) > 0)
    .filter((i) => {
      const key = `${i.top},${i.right},${i.bottom},${i.left}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => area(b) - area(a));
}

/** The free rectangle the insets leave. */
export function freeRect(width: number, height: number, insets: Insets): Rect {
  return { left: insets.left, top: insets.top, right: width - insets.right, bottom: height - insets.bottom };
}

/** An element's box relative to the map's container (what covers the map, as a Rect). */
export function rectWithin(el: Element, container: Element): Rect {
  const r = el.getBoundingClientRect();
  const c = container.getBoundingClientRect();
  return { left: r.left - c.left, top: r.top - c.top, right: r.right - c.left, bottom: r.bottom - c.top };
}
