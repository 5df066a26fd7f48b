// The fixed vocabularies of the data, free of zod so the app bundle can use them cheaply.

export const SEGMENT_KINDS = [
  "rail",
  "road",
  "sea",
  "power-cable",
  "fiber",
  "pipeline",
  "trade-flow",
] as const;
export const STATUSES = ["operational", "under-construction", "planned", "agreed", "proposed"] as const;
/**
 * The statuses from least to most advanced: a line is proposed, agreed, planned, built, then in
 * service. A history moves along this order; a step back (suspended, re-planned) says why.
 */
export const STATUS_PROGRESSION = [
  "proposed",
  "agreed",
  "planned",
  "under-construction",
  "operational",
] as const satisfies readonly (typeof STATUSES)[number][];
export const NODE_KINDS = [
  "port",
  "border-crossing",
  "terminal",
  "junction",
  "city",
  "landing-point",
] as const;
export const TOPICS = [
  "infrastructure",
  "transit",
  "customs",
  "energy",
  "telecom",
  "trade",
  "diplomacy",
  "logistics",
] as const;
/** Layer groups: what the legend's switches turn on and off. */
export const LAYER_GROUPS = ["transport", "energy", "telecom", "trade"] as const;
/** A segment's place in the corridor: the main chain, a branch off it, a variant route or an alternative. */
export const ROLES = ["main", "branch", "variant", "alternative"] as const;
export const DATE_PRECISIONS = ["day", "month", "year"] as const;
/** Track gauges in mm: standard (China, Türkiye) and Russian (Kazakhstan, Azerbaijan, Georgia). */
export const GAUGES = [1435, 1520] as const;

export type SegmentKind = (typeof SEGMENT_KINDS)[number];
export type SegmentStatus = (typeof STATUSES)[number];
export type NodeKind = (typeof NODE_KINDS)[number];
export type Topic = (typeof TOPICS)[number];
export type LayerGroup = (typeof LAYER_GROUPS)[number];
export type Role = (typeof ROLES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type Gauge = (typeof GAUGES)[number];
