// What the legends list, worked out from the registry: the kinds present in order, grouped by
// the layer switch that hides them, and the place symbols the full legend explains. Pure, so a
// registry with a kind added can be checked without rendering (test/unit/registryExtension.test.ts).
import { NODE_KINDS, type NodeKind } from "../../data/vocabulary.ts";
import type { Say } from "../../i18n/catalogue.ts";
import {
  GROUPS,
  kindSpec,
  LAYER_GROUPS,
  type LayerGroup,
  REGISTRY,
  type Registry,
} from "../../layers/registry.ts";

export interface LegendKindRow {
  kind: string;
  label: string;
  /** The pattern in words, so the legend reads without colour. */
  patternLabel: string;
}

const ENGLISH: Say = (_key, english) => english;

/** The kinds in `present`, in the registry's legend order. */
export function legendKindRows(
  present: ReadonlySet<string>,
  registry: Registry = REGISTRY,
  say: Say = ENGLISH,
): LegendKindRow[] {
  return registry.kindOrder
    .filter((k) => present.has(k))
    .map((kind) => {
      const spec = kindSpec(registry, kind);
      return {
        kind,
        label: say(spec.labelKey, spec.label),
        patternLabel: say(spec.patternKey, spec.patternLabel),
      };
    });
}

/** The full legend's rows: one per layer group with kinds present, each with its switch's label. */
export function legendGroupRows(
  present: ReadonlySet<string>,
  registry: Registry = REGISTRY,
  say: Say = ENGLISH,
): { group: LayerGroup; label: string; kinds: LegendKindRow[] }[] {
  const rows = legendKindRows(present, registry, say);
  return LAYER_GROUPS.map((group) => ({
    group,
    label: say(GROUPS[group].labelKey, GROUPS[group].label),
    kinds: rows.filter((r) => kindSpec(registry, r.kind).group === group),
  })).filter((g) => g.kinds.length > 0);
}

/** The place kinds whose symbol the full legend shows. */
export function legendNodeKinds(registry: Registry = REGISTRY): NodeKind[] {
  return NODE_KINDS.filter((k) => registry.nodeKinds[k].inLegend);
}
