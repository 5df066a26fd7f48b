// A short sample of a line as the map draws it (colour and pattern), for the legend and list.
import type { SegmentKind, SegmentStatus } from "../data/vocabulary.ts";
import {
  isDotted,
  KINDS,
  lineDash,
  STATUS_SPECS,
  swatchLength,
  UNBUILT_LINE_OPACITY,
} from "../layers/registry.ts";

export function LineSwatch({
  kind,
  status = "operational",
  width = 36,
}: {
  kind: SegmentKind;
  status?: SegmentStatus;
  width?: number;
}) {
  const spec = KINDS[kind];
  const built = STATUS_SPECS[status].built;
  const dash = lineDash(kind, built);
  const w = spec.width;
  const dots = isDotted(dash);
  const dashPx = dash ? dash.map((d) => Math.max(d * w, dots ? 0.01 : 0)) : null;
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
        stroke={spec.color}
        strokeWidth={w}
        strokeOpacity={built ? 1 : UNBUILT_LINE_OPACITY}
        strokeLinecap={dots ? "round" : "butt"}
        strokeDasharray={dashPx?.join(" ")}
      />
    </svg>
  );
}
