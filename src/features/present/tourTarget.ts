// What a tour step shows, in the terms of the store.
import type { TourStep } from "../../data/schema.ts";
import type { CameraRequest, Selection } from "../../state/types.ts";

export function stepSelection(step: TourStep): Selection {
  return step.target.type === "overview" ? { type: "none" } : { type: step.target.type, id: step.target.id };
}

export function stepCamera(step: TourStep): CameraRequest {
  if (step.camera) return { type: "view", view: step.camera };
  const selection = stepSelection(step);
  return selection.type === "none" ? { type: "fit-all" } : { type: "fit-selection", selection };
}
