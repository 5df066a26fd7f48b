// What a camera move presents, as the camera fitter needs it: the geometry's bounds and the place
// labels that must stay on screen with it. A segment's end places are labelled on its outer side
// (the east end's name to the right, the west end's to the left), so the names never sit on the
// line and the fitter knows which side needs the room.
import { bbox } from "@turf/bbox";
import type { Corridor } from "../data/corridor.ts";
import { DEFAULT_LANG, type Lang } from "../i18n/languages.ts";
import { placeLabelIn } from "../i18n/mapNames.ts";
import type { Selection } from "../state/types.ts";
import { SUBJECT_LABEL_OFFSET_EM, SUBJECT_LABEL_SIZE } from "./style.ts";
import type { LabelBox, Subject } from "./subjectFit.ts";

/** Half-size, in degrees, of the box shown around a selected place. */
const NODE_PAD_DEG = 0.6;

/** Measures a label's text in px; the map measures with its own font. */
export type MeasureText = (text: string, px: number) => number;

/** Ids of the subject's labelled places, by the side their text goes. */
export interface SubjectPlaces {
  left: string[];
  right: string[];
}

export const NO_PLACES: SubjectPlaces = { left: [], right: [] };

type Bounds = Subject["bounds"];

/** The corridor's two ends (its west- and east-most main places), named outward in the overview. */
function corridorEnds(corridor: Corridor): SubjectPlaces {
  const main = corridor.nodes.filter((n) => n.properties.rank === 1);
  const lon = (n: (typeof main)[number]) => (n.geometry.coordinates as [number, number])[0];
  const west = main.reduce<(typeof main)[number] | undefined>(
    (a, n) => (!a || lon(n) < lon(a) ? n : a),
    undefined,
  );
  const east = main.reduce<(typeof main)[number] | undefined>(
    (a, n) => (!a || lon(n) > lon(a) ? n : a),
    undefined,
  );
  return { left: west ? [west.properties.id] : [], right: east && east !== west ? [east.properties.id] : [] };
}

/** The places a selection labels, and on which side of each the name goes; with no selection, the
 * corridor's ends. */
export function subjectPlaces(corridor: Corridor, selection: Selection): SubjectPlaces {
  if (selection.type === "none") return corridorEnds(corridor);
  if (selection.type === "node")
    return corridor.nodeById.has(selection.id) ? { left: [], right: [selection.id] } : NO_PLACES;
  const seg = corridor.segmentById.get(selection.id);
  if (!seg) return NO_PLACES;
  const [w, , e] = bbox(seg) as Bounds;
  const places: SubjectPlaces = { left: [], right: [] };
  for (const id of new Set([seg.properties.from, seg.properties.to])) {
    const node = corridor.nodeById.get(id);
    if (!node) continue;
    const [lon] = node.geometry.coordinates as [number, number];
    (lon < (w + e) / 2 ? places.left : places.right).push(id);
  }
  return places;
}

export function labelsOf(
  corridor: Corridor,
  places: SubjectPlaces,
  measure: MeasureText,
  scale: number,
  lang: Lang = DEFAULT_LANG,
): LabelBox[] {
  const px = SUBJECT_LABEL_SIZE * scale;
  const box = (id: string, side: LabelBox["side"]): LabelBox[] => {
    const node = corridor.nodeById.get(id);
    if (!node) return [];
    const [lon, lat] = node.geometry.coordinates as [number, number];
    // A little over the measured size: the halo, and a font that may not have loaded yet.
    return [
      {
        lon,
        lat,
        // The text the map draws: the label in the reader's language (often longer than English).
        width: measure(placeLabelIn(node.properties, lang), px) * 1.08 + 4 * scale,
        height: px * 1.4,
        offset: px * SUBJECT_LABEL_OFFSET_EM,
        side,
      },
    ];
  };
  return [...places.left.flatMap((id) => box(id, "left")), ...places.right.flatMap((id) => box(id, "right"))];
}

export function extend(b: Bounds, lon: number, lat: number): Bounds {
  return [Math.min(b[0], lon), Math.min(b[1], lat), Math.max(b[2], lon), Math.max(b[3], lat)];
}

/** The subject of a selection (null when the selection is not in the data); with no selection,
 * the whole corridor. */
export function selectionSubject(
  corridor: Corridor,
  selection: Selection,
  measure: MeasureText,
  scale = 1,
  lang: Lang = DEFAULT_LANG,
): Subject | null {
  const places = subjectPlaces(corridor, selection);
  if (selection.type === "segment") {
    const seg = corridor.segmentById.get(selection.id);
    if (!seg) return null;
    let bounds = bbox(seg) as Bounds;
    for (const id of [...places.left, ...places.right]) {
      const c = corridor.nodeById.get(id)?.geometry.coordinates as [number, number] | undefined;
      if (c) bounds = extend(bounds, c[0], c[1]);
    }
    return { bounds, labels: labelsOf(corridor, places, measure, scale, lang) };
  }
  if (selection.type === "node") {
    const node = corridor.nodeById.get(selection.id);
    if (!node) return null;
    const [x, y] = node.geometry.coordinates as [number, number];
    return {
      bounds: [x - NODE_PAD_DEG, y - NODE_PAD_DEG, x + NODE_PAD_DEG, y + NODE_PAD_DEG],
      labels: labelsOf(corridor, places, measure, scale, lang),
    };
  }
  return { bounds: corridorBounds(corridor), labels: labelsOf(corridor, places, measure, scale, lang) };
}

/** The whole corridor: every line (the overview, and the first view). */
export function corridorBounds(corridor: Corridor): Bounds {
  return bbox({ type: "FeatureCollection", features: corridor.segments }) as Bounds;
}
