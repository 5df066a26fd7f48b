// The legend for embeds and figures: one line of swatches for the kinds shown, no switches.
import type { SegmentKind } from "../../data/vocabulary.ts";
import { KIND_ORDER, KINDS, STATUS_SAMPLE_KIND } from "../../layers/registry.ts";
import { LineSwatch } from "../../ui/LineSwatch.tsx";

export function CompactLegend({ kinds }: { kinds: ReadonlySet<SegmentKind> }) {
  return (
    <ul className="compact-legend" aria-label="Legend">
      {KIND_ORDER.filter((k) => kinds.has(k)).map((k) => (
        <li key={k}>
          <LineSwatch kind={k} width={32} /> {KINDS[k].label}
          <span className="visually-hidden">, {KINDS[k].patternLabel} line</span>
        </li>
      ))}
      <li>
        <LineSwatch kind={STATUS_SAMPLE_KIND} status="planned" width={32} /> planned or agreed
      </li>
    </ul>
  );
}
