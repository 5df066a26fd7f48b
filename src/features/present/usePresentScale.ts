// How much larger the map's lines, symbols and labels are drawn in a briefing: in step with the
// caption's type (which scales with the window, see app.css), so place labels are 20 px or more
// at 1920 × 1080 and 40 px or more at 3840 × 2160, as legible from the back of a room.
import { useEffect, useState } from "react";

/** At a 1920 × 1080 window: 11 px place labels × 1.85 ≈ 20 px. */
const SCALE_AT_HD = 1.85;

/** The window's size in "HD units": 1 at 1920 × 1080, 2 at 3840 × 2160 (the shorter way for other shapes). */
export function presentScale(width: number, height: number): number {
  const hd = Math.min(width / 1920, height / 1080);
  return Math.max(1, Math.round(SCALE_AT_HD * hd * 100) / 100);
}

export function usePresentScale(): number {
  const [scale, setScale] = useState(() => presentScale(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const update = () => setScale(presentScale(window.innerWidth, window.innerHeight));
    window.addEventListener("resize", update);
    return () => window.removeEventListener("resize", update);
  }, []);
  return scale;
}
