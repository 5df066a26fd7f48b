// The legend for embeds and figures: one line of swatches for the kinds shown, no switches.
import type { SegmentKind } from "../../data/vocabulary.ts";
import { STATUS_SAMPLE_KIND } from "../../layers/registry.ts";
import { LineSwatch } from "../../ui/LineSwatch.tsx";
import { legendKindRows } from "./legendRows.ts";

export function CompactLegend({ kinds }: { kinds: ReadonlySet<SegmentKind> }) {
  return (
    <ul className="compact-legend" aria-label="Legend">
      {legendKindRows(kinds).map((k) => (
        <li key={k.kind}>
          <LineSwatch kind={k.kind} width={32} /> {k.label}
          <span className="visually-hidden">, {k.patternLabel} line</span>
        </li>
      ))}
      <li>
        <LineSwatch kind={STATUS_SAMPLE_KIND} status="planned" width={32} /> planned or agreed
      </li>
    </ul>
  );
}
