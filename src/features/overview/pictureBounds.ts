// What a still picture of the corridor shows for a camera request, framed in the free area as
// the map frames it: a view from the URL as it is, a selection or the whole corridor fitted.
// Shared by the no-WebGL overview and the still embed, so both frame as the map does.
import type { Corridor } from "../../data/corridor.ts";
import { fitMargin, MAX_FIT_ZOOM } from "../../map/fitLimits.ts";
import { measureLabelText } from "../../map/measureText.ts";
import { corridorBounds, selectionSubject } from "../../map/subject.ts";
import { boundedMinZoom, cameraBounds, fitSubjectWithin, type Subject } from "../../map/subjectFit.ts";
import { constrainBounds, type LonLatBounds } from "../../render/mercator.ts";
import { type CameraCommand, NO_SELECTION } from "../../state/types.ts";
import type { Insets } from "../../ui/freeArea.ts";

/**
 * `limit`: the most the picture may show (its basemap's extent), as the map's maxBounds.
 * `subject`: what to frame instead of the camera's selection (a still embed's route).
 */
export function pictureBounds(
  corridor: Corridor,
  camera: CameraCommand | null,
  size: { width: number; height: number },
  free: readonly Insets[],
  limit: LonLatBounds,
  subject: Subject | null = null,
): LonLatBounds {
  if (camera?.type === "view") {
    const { zoom, lat, lon } = camera.view;
    return constrainBounds(cameraBounds({ center: [lon, lat], zoom }, size.width, size.height), limit);
  }
  const framed: Subject = subject ??
    selectionSubject(
      corridor,
      camera?.type === "fit-selection" ? camera.selection : NO_SELECTION,
      measureLabelText,
    ) ?? { bounds: corridorBounds(corridor), labels: [] };
  // As the map, which cannot zoom out past its bounds: where the names do not fit (a phone, a
  // language with long names), the lines alone are framed rather than a zoom beyond the picture.
  const minZoom = boundedMinZoom(limit, size.width, size.height);
  const fitted = cameraBounds(
    fitSubjectWithin(framed, size, free, fitMargin(size.width), MAX_FIT_ZOOM, minZoom),
    size.width,
    size.height,
  );
  return constrainBounds(fitted, limit);
}
