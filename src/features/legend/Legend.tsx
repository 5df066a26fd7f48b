// The legend: what each colour and pattern means, how status shows, the place symbols, and a
// switch per layer group that hides its lines and its list entries. All from the registry.
// Compact, so it covers little of the map.
import { forwardRef, useState } from "react";
import type { SegmentKind } from "../../data/vocabulary.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { NODE_KINDS_SPEC, STATUS_SAMPLE_KIND } from "../../layers/registry.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { LineSwatch } from "../../ui/LineSwatch.tsx";
import { PHONE_QUERY } from "../../ui/layout.ts";
import { matchesMedia } from "../../ui/useMediaQuery.ts";
import { legendGroupRows, legendNodeKinds } from "./legendRows.ts";

const LEGEND_NODE_KINDS = legendNodeKinds();

export const Legend = forwardRef<HTMLElement, { kindsPresent: ReadonlySet<SegmentKind> }>(function Legend(
  { kindsPresent },
  ref,
) {
  const visible = useAppStore((s) => s.visibleGroups);
  const toggle = useAppStore((s) => s.toggleGroup);
  const { t, say, locale } = useI18n();
  // On a phone the open legend would cover much of the map: it starts folded there.
  const [open, setOpen] = useState(() => !matchesMedia(PHONE_QUERY));

  return (
    <aside ref={ref} className="legend" aria-label={t("legend.region")}>
      <div className="legend-header">
        <h2 className="panel-heading">{t("legend.heading")}</h2>
        <button type="button" className="text-button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? t("legend.hide") : t("legend.show")}
        </button>
      </div>
      {open && (
        <div className="legend-body">
          {legendGroupRows(kindsPresent, undefined, say).map(({ group, label, kinds }) => {
            const on = visible.includes(group);
            return (
              <div key={group} className="legend-row">
                <label className="toggle">
                  <input type="checkbox" checked={on} onChange={() => toggle(group)} />
                  {label}
                </label>
                <ul className={on ? "legend-kinds" : "legend-kinds legend-off"}>
                  {kinds.map((k) => (
                    <li key={k.kind}>
                      <LineSwatch kind={k.kind} width={32} /> {k.label}
                      <span className="visually-hidden">
                        , {t("legend.patternLine", { pattern: k.patternLabel })}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
          <ul className="legend-inline">
            <li>
              <LineSwatch kind={STATUS_SAMPLE_KIND} status="operational" width={32} /> {t("legend.built")}
            </li>
            <li>
              <LineSwatch kind={STATUS_SAMPLE_KIND} status="planned" width={32} /> {t("legend.unbuilt")}
            </li>
          </ul>
          <ul className="legend-inline">
            {LEGEND_NODE_KINDS.map((k) => (
              <li key={k}>
                <svg width="12" height="12" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                  <circle
                    cx="7"
                    cy="7"
                    r="5"
                    fill={NODE_KINDS_SPEC[k].fill}
                    stroke={NODE_KINDS_SPEC[k].stroke}
                    strokeWidth="1.8"
                  />
                </svg>
                {say(NODE_KINDS_SPEC[k].labelKey, NODE_KINDS_SPEC[k].label).toLocaleLowerCase(locale)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </aside>
  );
});
