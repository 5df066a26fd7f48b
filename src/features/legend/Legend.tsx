// The legend: what each colour and pattern means, how status shows, the place symbols, and a
// switch per layer group that hides its lines and its list entries. All from the registry.
import { useState } from "react";
import type { SegmentKind } from "../../data/vocabulary.ts";
import { GROUPS, KIND_ORDER, KINDS, LAYER_GROUPS, NODE_KINDS_SPEC } from "../../layers/registry.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { LineSwatch } from "../../ui/LineSwatch.tsx";

export function Legend({ kindsPresent }: { kindsPresent: ReadonlySet<SegmentKind> }) {
  const visible = useAppStore((s) => s.visibleGroups);
  const toggle = useAppStore((s) => s.toggleGroup);
  const [open, setOpen] = useState(true);

  return (
    <aside className="legend" aria-label="Legend and layers">
      <div className="legend-header">
        <h2 className="panel-heading">Legend</h2>
        <button type="button" className="text-button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? "Hide" : "Show"}
        </button>
      </div>
      {open && (
        <div className="legend-body">
          {LAYER_GROUPS.map((group) => {
            const kinds = KIND_ORDER.filter((k) => KINDS[k].group === group && kindsPresent.has(k));
            if (kinds.length === 0) return null;
            const on = visible.includes(group);
            return (
              <fieldset key={group} className="legend-group">
                <legend>
                  <label className="toggle">
                    <input type="checkbox" checked={on} onChange={() => toggle(group)} />
                    {GROUPS[group].label}
                  </label>
                </legend>
                <ul>
                  {kinds.map((k) => (
                    <li key={k} className={on ? undefined : "legend-off"}>
                      <LineSwatch kind={k} /> {KINDS[k].label}{" "}
                      <span className="muted">({KINDS[k].patternLabel})</span>
                    </li>
                  ))}
                </ul>
              </fieldset>
            );
          })}
          <ul className="legend-status">
            <li>
              <LineSwatch kind="rail" status="operational" /> Built
            </li>
            <li>
              <LineSwatch kind="rail" status="planned" /> Planned, agreed or under construction: lighter,
              broken
            </li>
          </ul>
          <ul className="legend-nodes">
            {(["port", "border-crossing", "junction"] as const).map((k) => (
              <li key={k}>
                <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                  <circle
                    cx="7"
                    cy="7"
                    r="5"
                    fill={NODE_KINDS_SPEC[k].fill}
                    stroke={NODE_KINDS_SPEC[k].stroke}
                    strokeWidth="1.6"
                  />
                </svg>{" "}
                {NODE_KINDS_SPEC[k].label}
              </li>
            ))}
          </ul>
        </div>
      )}
    </aside>
  );
}
