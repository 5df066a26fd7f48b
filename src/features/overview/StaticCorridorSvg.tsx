// The corridor as a still SVG picture, in place of the map when the browser cannot draw it (no
// WebGL). It is the export figure's vector map (figureMapVector.ts: countries, lines in their
// registry colours and patterns, places), fitted to the box; a click on a line selects it.
import type { FeatureCollection } from "geojson";
import {
  createElement,
  type MouseEvent,
  type ReactNode,
  type RefObject,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { Corridor } from "../../data/corridor.ts";
import { loadBasemap } from "../../data/loadBasemap.ts";
import { corridorBounds, MAX_VIEW_BOUNDS } from "../../map/bounds.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { visibleSegments } from "../../state/selectors.ts";
import { DETAILS_PANEL_WIDTH, PANEL_MARGIN, WIDE_MAP_MIN_WIDTH } from "../../ui/layout.ts";
import { type SvgNode, vectorMapNodes } from "../export/figure/figureMapVector.ts";
import { constrainBounds, fitBoundsInBox } from "../export/figure/mercator.ts";

const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };
const DEFAULT_SIZE = { width: 960, height: 600 };
const PAD = 24;
/** Place names are written to the right of their dot: room for the easternmost one's. */
const LABEL_ROOM = 80;
/** Width of the invisible line that takes clicks, so a thin line is easy to hit. */
const HIT_WIDTH = 14;

/** SVG attribute names as React spells them (stroke-width → strokeWidth); data-* stay. */
const reactName = (name: string) =>
  name.startsWith("data-") ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Renders the figure's element tree as React elements: text stays text, nothing is parsed. */
function toReact(node: SvgNode, key: number): ReactNode {
  const props: Record<string, string | number> = { key };
  // Ids are for the exported file; in the page they could clash with the app's own.
  for (const [k, v] of Object.entries(node.attrs)) if (k !== "id") props[reactName(k)] = v;
  return createElement(node.tag, props, node.children ? node.children.map(toReact) : node.text);
}

function useBoxSize(ref: RefObject<HTMLElement | null>) {
  const [size, setSize] = useState(DEFAULT_SIZE);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      if (el.clientWidth > 0 && el.clientHeight > 0)
        setSize({ width: el.clientWidth, height: el.clientHeight });
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

export default function StaticCorridorSvg({
  corridor,
  insets,
  interactive = true,
}: {
  corridor: Corridor;
  /** false for a still embed (`static=1`): clicks select nothing, as on the map. */
  interactive?: boolean;
  /** Px to keep clear for what floats over the picture (the legend). */
  insets?: { top?: number; right?: number; bottom?: number; left?: number };
}) {
  const groups = useAppStore((s) => s.visibleGroups);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useBoxSize(boxRef);
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
  const top = (insets?.top ?? 0) + PAD;
  // On a wide box, while the details panel is open, its place stays free, so no line is hidden
  // under it; with nothing selected the picture has the whole box, as the map does.
  const panelOpen = selection.type !== "none" && width >= WIDE_MAP_MIN_WIDTH;
  const panel = panelOpen ? DETAILS_PANEL_WIDTH + PANEL_MARGIN : 0;
  const right = (insets?.right ?? 0) + PAD + LABEL_ROOM + panel;
  const bottom = (insets?.bottom ?? 0) + PAD;
  const left = (insets?.left ?? 0) + PAD;
  const tree = useMemo(() => {
    // Fitted to the whole corridor, so switching layers off does not move the picture, and kept
    // within the basemap, so the picture fills what is seen of the box; the part under an open
    // panel is drawn on at the same scale.
    const seen = width - panel;
    const [w, s, e, n] = constrainBounds(
      fitBoundsInBox(corridorBounds(corridor), seen, height, { top, right: right - panel, bottom, left }),
      MAX_VIEW_BOUNDS,
    );
    const bounds: [number, number, number, number] = [w, s, w + ((e - w) * width) / seen, n];
    return vectorMapNodes({
      bounds,
      width,
      height,
      scale: 1,
      basemap,
      segments,
      nodes: corridor.nodes,
      selectedId,
    });
  }, [corridor, width, height, top, right, bottom, left, panel, basemap, segments, selectedId]);

  const lines = tree.find((n) => n.tag === "g" && n.attrs.id === "corridor")?.children ?? [];
  const hits = lines.filter((n) => typeof n.attrs["data-segment-id"] === "string");
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    if (!interactive) return;
    const target = (e.target as Element).closest("[data-segment-id], [data-hit-segment-id]");
    const id = target?.getAttribute("data-segment-id") ?? target?.getAttribute("data-hit-segment-id");
    if (id && corridor.segmentById.has(id)) select({ type: "segment", id }, "map");
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
        aria-label={`Static overview of the corridor: ${segments.length} lines drawn from the data`}
        data-testid="static-map"
        onClick={onClick}
      >
        {tree.map(toReact)}
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
