// The one declarative registry of what the map draws. The map style, the legend, the layer
// toggles and the URL `layers=` codes are all derived from it, so adding a kind here is the
// whole change. Colours start from the Okabe–Ito palette, darkened until each line has at least
// 3:1 contrast with every basemap fill (WCAG 1.4.11), and every kind has its own line pattern, so
// the pairs that colour-vision deficiency makes alike are still told apart
// (test/unit/palette.test.ts checks both).
// i18n-ignore-file: a developer's error (a kind missing from the registry).
import type { NodeKind, Role, SegmentKind, SegmentStatus } from "../data/vocabulary.ts";

import { LAYER_GROUPS, type LayerGroup } from "../data/vocabulary.ts";
import type { PlainKey } from "../i18n/catalogue.ts";
import { kindWords, type Labelled, labelled, nodeWords } from "./registryLabels.ts";

export { LAYER_GROUPS, type LayerGroup };

export interface GroupSpec extends Labelled {
  /** Written into the URL hash (`layers=transport,energy`). */
  urlCode: string;
  defaultVisible: boolean;
}

export const GROUPS: Record<LayerGroup, GroupSpec> = {
  transport: { ...labelled("group.transport"), urlCode: "transport", defaultVisible: true },
  energy: { ...labelled("group.energy"), urlCode: "energy", defaultVisible: true },
  telecom: { ...labelled("group.telecom"), urlCode: "telecom", defaultVisible: true },
  trade: { ...labelled("group.trade"), urlCode: "trade", defaultVisible: true },
};

/** A line pattern in line widths, as MapLibre's `line-dasharray` reads it; null = solid. */
export type Dash = readonly number[] | null;

export interface KindSpec extends Partial<Labelled> {
  /** English; `labelKey` (the real kinds all have one) says it in the reader's language. */
  label: string;
  group: LayerGroup;
  /** Legend wording for the pattern, so the legend reads without colour: English, and its key. */
  patternLabel: string;
  patternKey?: PlainKey;
  color: string;
  width: number;
  dash: Dash;
  /** Drawn above kinds with a lower z. */
  z: number;
  /** Where the line must run, for the data check against Natural Earth: on land within its
   * countries, on water away from its ends, or anywhere (a flow is not a route). */
  surface: "land" | "water" | "any";
  /** A flow between two places, not infrastructure: stored as its two ends, drawn as a curve
   * with arrows in its direction, and said so in its details. */
  flow: boolean;
  /** Part of the transport network that routes run on (src/route/): freight moves along it.
   * Cables, pipelines and trade flows are not. */
  routable: boolean;
  /** Runs on track of a gauge: the data must give each such segment its `gauge` (with a ref). */
  gauged: boolean;
}

/** The real kinds all have their words in the catalogues (a registry copy may add one without). */
export const KINDS: Record<SegmentKind, KindSpec & Labelled & { patternKey: PlainKey }> = {
  rail: {
    group: "transport",
    ...kindWords("rail"),
    color: "#A0340A",
    width: 3,
    dash: null,
    z: 50,
    surface: "land",
    flow: false,
    routable: true,
    gauged: true,
  },
  road: {
    group: "transport",
    ...kindWords("road"),
    color: "#482800",
    width: 2,
    dash: [3, 1, 3, 3],
    z: 45,
    surface: "land",
    flow: false,
    routable: true,
    gauged: false,
  },
  sea: {
    group: "transport",
    ...kindWords("sea"),
    color: "#0068A8",
    width: 2.8,
    dash: [2, 2],
    z: 40,
    surface: "water",
    flow: false,
    routable: true,
    gauged: false,
  },
  pipeline: {
    group: "energy",
    ...kindWords("pipeline"),
    color: "#3B3B3B",
    width: 2.6,
    dash: [4, 1.2, 0.8, 1.2, 0.8, 1.2],
    z: 30,
    surface: "land",
    flow: false,
    routable: false,
    gauged: false,
  },
  "power-cable": {
    group: "energy",
    ...kindWords("power-cable"),
    color: "#9C6400",
    width: 2.8,
    dash: [4, 1.5, 0.8, 1.5],
    z: 35,
    surface: "water",
    flow: false,
    routable: false,
    gauged: false,
  },
  fiber: {
    group: "telecom",
    ...kindWords("fiber"),
    color: "#A8468C",
    width: 3,
    dash: [0.1, 1.6],
    z: 36,
    surface: "water",
    flow: false,
    routable: false,
    gauged: false,
  },
  "trade-flow": {
    group: "trade",
    ...kindWords("trade-flow"),
    color: "#007A5A",
    width: 2.2,
    dash: [5, 3],
    z: 20,
    surface: "any",
    flow: true,
    routable: false,
    gauged: false,
  },
};

/** The kinds drawn as flows (curves with arrows between their two ends). */
export const FLOW_KINDS: readonly SegmentKind[] = (Object.keys(KINDS) as SegmentKind[]).filter(
  (k) => KINDS[k].flow,
);

/** The kind whose two samples, built and planned, explain the status pattern in the legends. */
export const STATUS_SAMPLE_KIND: SegmentKind = "rail";

/** How a segment's role is said in its details (catalogue keys). */
export const ROLE_LABEL_KEYS: Record<Role, PlainKey> = {
  main: "role.main",
  branch: "role.branch",
  variant: "role.variant",
  alternative: "role.alternative",
};

/** Kinds in the order the legend and the segment list show them. */
export const KIND_ORDER: readonly SegmentKind[] = [
  "rail",
  "road",
  "sea",
  "pipeline",
  "power-cable",
  "fiber",
  "trade-flow",
];

export interface StatusSpec extends Labelled {
  /** Built lines are drawn at full strength; lines not yet built are lighter and thinner. */
  built: boolean;
}

export const STATUS_SPECS: Record<SegmentStatus, StatusSpec> = {
  operational: { ...labelled("status.operational"), built: true },
  "under-construction": { ...labelled("status.under-construction"), built: false },
  agreed: { ...labelled("status.agreed"), built: false },
  planned: { ...labelled("status.planned"), built: false },
  proposed: { ...labelled("status.proposed"), built: false },
};

/**
 * The registry as one value, for the code that draws or checks lines by kind: the map style, the
 * legend, the figures, the line style and the geometry checks take it as a parameter (this one,
 * REGISTRY, by default), so a unit test can give them a copy with a kind added
 * (test/unit/registryExtension.test.ts). Keyed by string, so a copy may hold a kind the data's
 * vocabulary does not have yet; `kindSpec` looks a kind up.
 */
export interface Registry {
  kinds: Readonly<Record<string, KindSpec>>;
  /** Kinds in the order the legend and the figures show them. */
  kindOrder: readonly string[];
  /** The kind whose two samples, built and planned, explain the status pattern in the legends. */
  statusSampleKind: string;
  statuses: Readonly<Record<SegmentStatus, StatusSpec>>;
  nodeKinds: Readonly<Record<NodeKind, NodeKindSpec>>;
}

/** The spec of a kind in `registry`; a kind it does not have is a programming error. */
export function kindSpec(registry: Registry, kind: string): KindSpec {
  const spec = registry.kinds[kind];
  if (!spec) throw new Error(`the layer registry has no kind "${kind}"`);
  return spec;
}

/** The kinds routes run on (the registry's `routable`). */
export function routableKinds(registry: Registry): string[] {
  return Object.keys(registry.kinds).filter((k) => kindSpec(registry, k).routable);
}

/** The kinds drawn as flows (curves with arrows between their two ends). */
export function flowKinds(registry: Registry): string[] {
  return Object.keys(registry.kinds).filter((k) => kindSpec(registry, k).flow);
}

/** Unbuilt lines are drawn a little lighter (and thinner); still at least 3:1 on the basemap. */
export const UNBUILT_LINE_OPACITY = 0.85;
/** Solid kinds get this pattern when not built, so the status reads without colour too. */
const UNBUILT_SOLID_DASH: Dash = [3, 1.5];

/** The pattern a line of this kind and status is drawn with, on the map, in legends and figures. */
export function lineDash(kind: string, built: boolean, registry: Registry = REGISTRY): Dash {
  const dash = kindSpec(registry, kind).dash;
  return built ? dash : (dash ?? UNBUILT_SOLID_DASH);
}

/**
 * How long to draw a legend sample of a pattern (in px, `dash` already scaled to px) so that it
 * ends on a whole dash or dot: a cut-off stub would make a long dash read as a dash-dot.
 */
export function swatchLength(dashPx: readonly number[] | null, available: number): number {
  if (!dashPx || dashPx.length === 0) return available;
  let end = 0;
  let best = dashPx[0] ?? available;
  for (let i = 0; end <= available; i++) {
    end += dashPx[i % dashPx.length] ?? 0;
    if (i % 2 === 0 && end <= available) best = end;
    if (dashPx.every((d) => d <= 0)) break;
  }
  return Math.min(best, available);
}

/** Dotted patterns (a near-zero dash) need round caps to show as dots. */
export function isDotted(dash: Dash): boolean {
  return dash !== null && dash[0] !== undefined && dash[0] < 0.5;
}

export interface NodeKindSpec extends Labelled {
  pluralKey: PlainKey;
  plural: string;
  /** Shown in the full legend's list of place symbols. */
  inLegend: boolean;
  fill: string;
  stroke: string;
}

export const NODE_KINDS_SPEC: Record<NodeKind, NodeKindSpec> = {
  port: { ...nodeWords("port"), inLegend: true, fill: "#0068A8", stroke: "#FFFFFF" },
  "border-crossing": {
    ...nodeWords("border-crossing"),
    inLegend: true,
    fill: "#FFFFFF",
    stroke: "#222222",
  },
  terminal: { ...nodeWords("terminal"), inLegend: false, fill: "#3B3B3B", stroke: "#FFFFFF" },
  junction: {
    ...nodeWords("junction"),
    inLegend: true,
    fill: "#FFFFFF",
    stroke: "#A0340A",
  },
  city: { ...nodeWords("city"), inLegend: false, fill: "#333333", stroke: "#FFFFFF" },
  "landing-point": {
    ...nodeWords("landing-point"),
    inLegend: false,
    fill: "#A8468C",
    stroke: "#FFFFFF",
  },
};

export const REGISTRY: Registry = {
  kinds: KINDS,
  kindOrder: KIND_ORDER,
  statusSampleKind: STATUS_SAMPLE_KIND,
  statuses: STATUS_SPECS,
  nodeKinds: NODE_KINDS_SPEC,
};

export function defaultVisibleGroups(): LayerGroup[] {
  return LAYER_GROUPS.filter((g) => GROUPS[g].defaultVisible);
}
