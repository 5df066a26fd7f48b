// A short sample of a line as the map draws it (colour and pattern), for the legend and list.
import type { SegmentStatus } from "../data/vocabulary.ts";
import { swatchLength } from "../layers/registry.ts";
import { dashPx as dashInPx, drawnLine } from "../render/lineStyle.ts";

export function LineSwatch({
  kind,
  status = "operational",
  width = 36,
}: {
  kind: string;
  status?: SegmentStatus;
  width?: number;
}) {
  const line = drawnLine(kind, status);
  const w = line.width;
  const dots = line.cap === "round";
  const dashPx = dashInPx(line, w);
  const x1 = dots ? w : 1;
  const available = width - 2 * x1;
  // Dots repeat too finely to cut short; other patterns end on a whole dash.
  const length = dots ? available : swatchLength(dashPx, available);
  return (
    <svg
      className="line-swatch"
      width={width}
      height={12}
      viewBox={`0 0 ${width} 12`}
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1={x1}
        y1={6}
        x2={x1 + length}
        y2={6}
        stroke={line.color}
        strokeWidth={w}
        strokeOpacity={line.opacity}
        strokeLinecap={line.cap}
        strokeDasharray={dashPx?.join(" ")}
      />
    </svg>
  );
}
