// What a tour step shows, in the terms of the store.
import type { TourStep } from "../../data/schema.ts";
import type { CameraRequest, Selection } from "../../state/types.ts";
import { type DayDate, parseDate } from "../../time/dates.ts";

export function stepSelection(step: TourStep): Selection {
  const t = step.target;
  return t.type === "overview" || t.type === "changes" ? { type: "none" } : { type: t.type, id: t.id };
}

/** The "changes since" date a step asks for; null for the other steps. */
export function stepSince(step: TourStep): DayDate | null {
  return step.target.type === "changes" ? parseDate(step.target.since) : null;
}

export function stepCamera(step: TourStep): CameraRequest {
  if (step.camera) return { type: "view", view: step.camera };
  const selection = stepSelection(step);
  return selection.type === "none" ? { type: "fit-all" } : { type: "fit-selection", selection };
}
