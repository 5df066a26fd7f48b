// The details as a bottom sheet on narrow screens: how far it is pulled up, and the steps a
// swipe or the expand button moves it by. The map stays visible above it at every size.
import { createContext, useContext } from "react";

/** peek: only the title bar; half: the default when a selection opens it; full: nearly all. */
export type SheetSize = "peek" | "half" | "full";

export interface SheetControl {
  size: SheetSize;
  setSize: (size: SheetSize) => void;
}

/** Present only when the details are shown as a sheet; the desktop panel has no such control. */
export const SheetContext = createContext<SheetControl | null>(null);

export const useSheet = () => useContext(SheetContext);

const ORDER: readonly SheetSize[] = ["peek", "half", "full"];

/** One step up or down, stopping at the ends. */
export function stepSheet(size: SheetSize, direction: "up" | "down"): SheetSize {
  const i = ORDER.indexOf(size) + (direction === "up" ? 1 : -1);
  return ORDER[Math.max(0, Math.min(ORDER.length - 1, i))] ?? size;
}

/** The expand button: up one step, and from full back to half (not to a bare title bar). */
export function toggleSheet(size: SheetSize): SheetSize {
  return size === "full" ? "half" : stepSheet(size, "up");
}

/** A vertical swipe of at least this many CSS px on the title bar moves the sheet one step. */
export const SWIPE_MIN_PX = 36;
