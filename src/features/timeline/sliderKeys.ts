// What a key does to the "As of" slider: a month per arrow, a year with Shift (or Page Up/Down),
// the ends with Home and End. Pure, so the tests can pin it down.
import { addMonths } from "../../time/dates.ts";

export interface SliderKey {
  key: string;
  shiftKey: boolean;
}

/** The day a key moves to, or null when the key is not the slider's. */
export function dayForKey(e: SliderKey, day: number, min: number, max: number): number | null {
  const months = e.shiftKey ? 12 : 1;
  const clamp = (d: number) => Math.min(max, Math.max(min, d));
  switch (e.key) {
    case "ArrowRight":
    case "ArrowUp":
      return clamp(addMonths(day, months));
    case "ArrowLeft":
    case "ArrowDown":
      return clamp(addMonths(day, -months));
    case "PageUp":
      return clamp(addMonths(day, 12));
    case "PageDown":
      return clamp(addMonths(day, -12));
    case "Home":
      return min;
    case "End":
      return max;
    default:
      return null;
  }
}
