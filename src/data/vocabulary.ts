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
export const DATE_PRECISIONS = ["day", "month", "year"] as const;

export type SegmentKind = (typeof SEGMENT_KINDS)[number];
export type SegmentStatus = (typeof STATUSES)[number];
export type NodeKind = (typeof NODE_KINDS)[number];
export type Topic = (typeof TOPICS)[number];
