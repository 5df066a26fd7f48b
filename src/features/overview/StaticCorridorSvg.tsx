// The corridor as a still SVG picture, in place of the map when the browser cannot draw it (no
// WebGL). It is the export figure's vector map (figureMapVector.ts: countries, lines in their
// registry colours and patterns, places), fitted to the box; a click on a line selects it.
// As of the timeline's date, as the map draws it (the vector map leaves out what was not there).
import type { FeatureCollection } from "geojson";
import { type MouseEvent, useEffect, useMemo, useRef, useState } from "react";
import type { Corridor } from "../../data/corridor.ts";
import { loadBasemap } from "../../data/loadBasemap.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { placeLabel } from "../../i18n/localLabel.ts";
import { MAX_VIEW_BOUNDS } from "../../map/fitLimits.ts";
import { subjectPlaces } from "../../map/subject.ts";
import { vectorMapNodes } from "../../render/vectorMap.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { visibleSegments } from "../../state/selectors.ts";
import { INTENT } from "../../state/types.ts";
import { timeViewOn } from "../../time/timeView.ts";
import type { Insets } from "../../ui/freeArea.ts";
import { useBoxSize } from "../../ui/useBoxSize.ts";
import { pictureBounds } from "./pictureBounds.ts";
import { svgNodeToReact } from "./svgNodeToReact.ts";

const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };
const DEFAULT_SIZE = { width: 960, height: 600 };
/** Width of the invisible line that takes clicks, so a thin line is easy to hit. */
const HIT_WIDTH = 14;

export default function StaticCorridorSvg({
  corridor,
  freeArea,
  interactive = true,
}: {
  corridor: Corridor;
  /** false for a still embed (`static=1`): clicks select nothing, as on the map. */
  interactive?: boolean;
  /** The free area of a box (what floats over it kept clear), as the map's camera uses it. */
  freeArea?: (box: HTMLElement) => readonly Insets[];
}) {
  const groups = useAppStore((s) => s.visibleGroups);
  const selection = useAppStore((s) => s.selection);
  // The picture follows the same camera requests as the map: a list choice frames its segment.
  const camera = useAppStore((s) => s.camera);
  const select = useAppStore((s) => s.select);
  const asOf = useAppStore((s) => s.asOf);
  const time = useMemo(() => (asOf ? timeViewOn(corridor, asOf.day) : null), [corridor, asOf]);
  const { t, lang } = useI18n();
  // The places labelled in the reader's language (the picture draws each node's `label`).
  const nodes = useMemo(
    () =>
      corridor.nodes.map((n) => ({
        ...n,
        properties: { ...n.properties, label: placeLabel(n.properties, lang) },
      })),
    [corridor, lang],
  );
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useBoxSize(boxRef, DEFAULT_SIZE);
  const [basemap, setBasemap] = useState<FeatureCollection>(EMPTY);

  useEffect(() => {
    let live = true;
    loadBasemap(new URL("basemap.topojson", document.baseURI).href)
      .then((b) => live && setBasemap(b))
      .catch(() => {
        // Drawn without the countries: the lines and places still tell the story.
      });
    return () => {
      live = false;
    };
  }, []);

  const segments = visibleSegments(corridor, groups);
  const selectedId = selection.type === "segment" ? selection.id : null;
  // Measured when the camera request or the box changes, not on every selection.
  const bounds = useMemo(() => {
    const box = boxRef.current;
    return pictureBounds(
      corridor,
      camera,
      { width, height },
      box && freeArea ? freeArea(box) : [],
      MAX_VIEW_BOUNDS,
    );
  }, [corridor, camera, width, height, freeArea]);
  const tree = useMemo(() => {
    return vectorMapNodes({
      lang,
      bounds,
      width,
      height,
      scale: 1,
      basemap,
      segments,
      nodes,
      selectedId,
      subjectPlaces: subjectPlaces(corridor, selection),
      time,
    });
  }, [corridor, nodes, width, height, bounds, basemap, segments, selectedId, selection, time, lang]);

  const lines = tree.find((n) => n.tag === "g" && n.attrs.id === "corridor")?.children ?? [];
  const hits = lines.filter((n) => typeof n.attrs["data-segment-id"] === "string");
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    if (!interactive) return;
    const target = (e.target as Element).closest("[data-segment-id], [data-hit-segment-id]");
    const id = target?.getAttribute("data-segment-id") ?? target?.getAttribute("data-hit-segment-id");
    if (id && corridor.segmentById.has(id)) select({ type: "segment", id }, INTENT.pick);
  };

  return (
    <div ref={boxRef} className="static-map">
      {/* The segment list is the keyboard's way to select; a click here is a shortcut for the mouse. */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the list beside it offers the same by keyboard */}
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={t("overview.staticLabel", { count: hits.length })}
        data-testid="static-map"
        onClick={onClick}
      >
        {tree.map(svgNodeToReact)}
        <g className="static-map-hits" fill="none" stroke="transparent" strokeWidth={HIT_WIDTH}>
          {hits.map((n) => (
            <path
              key={String(n.attrs["data-segment-id"])}
              d={String(n.attrs.d)}
              data-hit-segment-id={String(n.attrs["data-segment-id"])}
            />
          ))}
        </g>
      </svg>
    </div>
  );
}
