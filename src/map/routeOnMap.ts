// What the controller does for a route, kept out of it: the halos' filters, the names of the
// route's end places, and the subject a "fit-stretches" camera move frames (the stretches' bounds
// with the end places labelled on their outer sides, through the same fitter as a selection).
import type { GeoJSONSource, Map as MlMap } from "maplibre-gl";
import type { Corridor } from "../data/corridor.ts";
import { DEFAULT_LANG, type Lang } from "../i18n/languages.ts";
import { stretchCollection, stretchLine } from "../route/routeGeometry.ts";
import type { RouteHighlight } from "../state/routeSelectors.ts";
import type { CameraCommand, Selection } from "../state/types.ts";
import { SOURCE_ROUTE } from "./layerIds.ts";
import {
  extend,
  labelsOf,
  type MeasureText,
  type SubjectPlaces,
  selectionSubject,
  subjectPlaces,
} from "./subject.ts";
import type { Subject } from "./subjectFit.ts";

export type { RouteHighlight } from "../state/routeSelectors.ts";

/** A key that is the same exactly when two highlights draw the same (the setter's no-op test). */
export const routeKey = (r: RouteHighlight | null): string =>
  r ? `${r.chosen.join(",")}|${r.others.join(",")}|${r.ends.join(",")}` : "";

/** Draws the route's stretches into their own small source (the corridor's is left alone). */
export function applyRoute(map: MlMap, corridor: Corridor, route: RouteHighlight | null) {
  const roles = route
    ? [
        { role: "others", edges: route.others },
        { role: "chosen", edges: route.chosen },
      ]
    : [];
  map.getSource<GeoJSONSource>(SOURCE_ROUTE)?.setData(stretchCollection(corridor, roles));
}

/** The end places, the western one named to its left and the eastern one to its right. */
function endPlaces(corridor: Corridor, ends: readonly string[]): SubjectPlaces {
  const lons = ends.map((id) => corridor.nodeById.get(id)?.geometry.coordinates[0] ?? 0);
  const mid = (Math.min(...lons) + Math.max(...lons)) / 2;
  const places: SubjectPlaces = { left: [], right: [] };
  ends.forEach((id, i) => {
    if (!corridor.nodeById.has(id)) return;
    const side = (lons[i] ?? 0) < mid ? places.left : places.right;
    if (!side.includes(id)) side.push(id);
  });
  return places;
}

/** The places the map names: a selection's; with none, a route's ends; else the corridor's ends. */
export function labelledPlaces(
  corridor: Corridor,
  selection: Selection,
  route: RouteHighlight | null,
): SubjectPlaces {
  return selection.type === "none" && route
    ? endPlaces(corridor, route.ends)
    : subjectPlaces(corridor, selection);
}

/** What a camera command frames (null when its subject is not in the data). */
export function cameraSubject(
  corridor: Corridor,
  command: CameraCommand | null,
  measure: MeasureText,
  scale: number,
  lang: Lang = DEFAULT_LANG,
): Subject | null {
  if (command?.type !== "fit-stretches")
    return selectionSubject(
      corridor,
      command?.type === "fit-selection" ? command.selection : { type: "none" },
      measure,
      scale,
      lang,
    );
  const points = command.ids.flatMap((id) => stretchLine(corridor, id) ?? []);
  const places = endPlaces(corridor, command.ends);
  for (const id of [...places.left, ...places.right]) {
    const c = corridor.nodeById.get(id)?.geometry.coordinates;
    if (c) points.push(c);
  }
  const [first, ...rest] = points;
  if (!first) return null;
  const start: Subject["bounds"] = [first[0] ?? 0, first[1] ?? 0, first[0] ?? 0, first[1] ?? 0];
  const bounds = rest.reduce<Subject["bounds"]>((b, p) => extend(b, p[0] ?? 0, p[1] ?? 0), start);
  return { bounds, labels: labelsOf(corridor, places, measure, scale, lang) };
}
