// The legend for embeds and figures: one line of swatches for the kinds shown, no switches.
import type { SegmentKind } from "../../data/vocabulary.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { STATUS_SAMPLE_KIND } from "../../layers/registry.ts";
import { LineSwatch } from "../../ui/LineSwatch.tsx";
import { legendKindRows } from "./legendRows.ts";

export function CompactLegend({ kinds }: { kinds: ReadonlySet<SegmentKind> }) {
  const { t, say } = useI18n();
  return (
    <ul className="compact-legend" aria-label={t("legend.compact")}>
      {legendKindRows(kinds, undefined, say).map((k) => (
        <li key={k.kind}>
          <LineSwatch kind={k.kind} width={32} /> {k.label}
          <span className="visually-hidden">, {t("legend.patternLine", { pattern: k.patternLabel })}</span>
        </li>
      ))}
      <li>
        <LineSwatch kind={STATUS_SAMPLE_KIND} status="planned" width={32} /> {t("legend.unbuiltShort")}
      </li>
    </ul>
  );
}
