// What a tour step shows, in the terms of the store.
import type { TourStep } from "../../data/schema.ts";
import type { RouteQuery } from "../../route/routeQuery.ts";
import type { CameraRequest, Selection } from "../../state/types.ts";
import { type DayDate, parseDate } from "../../time/dates.ts";

export function stepSelection(step: TourStep): Selection {
  const t = step.target;
  return t.type === "segment" || t.type === "node" ? { type: t.type, id: t.id } : { type: "none" };
}

/** The route a step shows and its variant (0-based); null for the other steps. */
export function stepRoute(step: TourStep): { query: RouteQuery; variant: number } | null {
  const t = step.target;
  if (t.type !== "route") return null;
  return { query: { from: t.from, to: t.to, via: t.via ?? [] }, variant: (t.variant ?? 1) - 1 };
}

/** The "changes since" date a step asks for; null for the other steps. */
export function stepSince(step: TourStep): DayDate | null {
  return step.target.type === "changes" ? parseDate(step.target.since) : null;
}

/** The camera move a step asks for; a route step's is the route's own frame (the store's). */
export function stepCamera(step: TourStep): CameraRequest | null {
  if (step.camera) return { type: "view", view: step.camera };
  if (step.target.type === "route") return null;
  const selection = stepSelection(step);
  return selection.type === "none" ? { type: "fit-all" } : { type: "fit-selection", selection };
}
