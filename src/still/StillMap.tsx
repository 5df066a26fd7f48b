// The still embed's map: the vector drawer's picture (src/render/vectorMap.ts, as the SVG figure
// and the no-WebGL overview draw it) at the box's size, framed as the map frames the URL's view,
// selection or the whole corridor, as of the URL's date. No map library, no WebGL.
import type { FeatureCollection } from "geojson";
import { useMemo, useRef } from "react";
import type { Corridor } from "../data/corridor.ts";
import { visibleSegments } from "../data/viewData.ts";
import { pictureBounds } from "../features/overview/pictureBounds.ts";
import { svgNodeToReact } from "../features/overview/svgNodeToReact.ts";
import { useI18n } from "../i18n/i18nContext.ts";
import type { LayerGroup } from "../layers/registry.ts";
import { subjectPlaces } from "../map/subject.ts";
import type { Subject } from "../map/subjectFit.ts";
import type { RouteHaloLines } from "../render/routeHalo.ts";
import { vectorMapNodes } from "../render/vectorMap.ts";
import type { RouteQuery } from "../route/routeQuery.ts";
import type { CameraCommand, Selection } from "../state/types.ts";
import type { DayDate } from "../time/dates.ts";
import { timeViewOn } from "../time/timeView.ts";
import { freeAreaCandidates } from "../ui/freeArea.ts";
import { useBoxSize } from "../ui/useBoxSize.ts";
import { LITE_BASEMAP_BOUNDS } from "./liteBasemapExtent.ts";

const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };

export interface StillView {
  camera: CameraCommand | null;
  selection: Selection;
  groups: readonly LayerGroup[];
  asOf: DayDate | null;
  /** Said in the as-of badge; the still picture marks no changes (it has no halo layer). */
  since: DayDate | null;
  /** The route the link names (variant 0-based), drawn with its summary (src/still/stillRoute.ts). */
  route: { query: RouteQuery; variant: number } | null;
}

export function StillMap({
  corridor,
  basemap,
  view,
  route,
  fallbackSize,
}: {
  corridor: Corridor;
  basemap: FeatureCollection | null;
  view: StillView;
  /** The route's halos and the subject that frames it, when the link names one. */
  route: { lines: RouteHaloLines; subject: Subject | null } | null;
  fallbackSize: { width: number; height: number };
}) {
  const boxRef = useRef<HTMLDivElement>(null);
  const { t, lang } = useI18n();
  const { width, height } = useBoxSize(boxRef, fallbackSize);
  const segments = useMemo(() => visibleSegments(corridor, view.groups), [corridor, view.groups]);
  const tree = useMemo(() => {
    const size = { width, height };
    return vectorMapNodes({
      lang,
      bounds: pictureBounds(
        corridor,
        view.camera,
        size,
        freeAreaCandidates(width, height, []),
        LITE_BASEMAP_BOUNDS,
        route?.subject ?? null,
      ),
      width,
      height,
      scale: 1,
      basemap: basemap ?? EMPTY,
      segments,
      nodes: corridor.nodes,
      selectedId: view.selection.type === "segment" ? view.selection.id : null,
      subjectPlaces: subjectPlaces(corridor, view.selection),
      time: view.asOf ? timeViewOn(corridor, view.asOf.day) : null,
      route: route?.lines ?? null,
    });
  }, [corridor, basemap, view, route, segments, width, height, lang]);
  const drawn = tree.find((n) => n.tag === "g" && n.attrs.id === "corridor")?.children ?? [];
  const lines = drawn.filter((n) => typeof n.attrs["data-segment-id"] === "string").length;

  return (
    <div ref={boxRef} className="static-map" data-testid="still-map">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={t("still.mapLabel", { count: lines })}
      >
        {tree.map(svgNodeToReact)}
      </svg>
    </div>
  );
}
