// What a valid state read from the URL is, stated once. The parsers are built to give only such
// states; the fuzz tests (test/unit/urlFuzz.test.ts) check thousands of hostile inputs against
// these functions. Each returns the list of what is wrong, empty when the state is valid, so a
// failing case says why.
// i18n-ignore-file: why a URL's state was refused, for the tests and the console; the reader gets the default view.
import { EMBED_HEIGHT_RANGE, type ModeState } from "../app/mode.ts";
import type { Corridor } from "../data/corridor.ts";
import { LAYER_GROUPS, type LayerGroup } from "../layers/registry.ts";
import { MAX_ROUTES, type RouteQuery } from "../route/routeQuery.ts";
import type { MapView, Selection } from "../state/types.ts";
import {
  type HashState,
  ID_PATTERN,
  MAX_ID_LENGTH,
  MAX_ROUTE_VIAS,
  MAX_URL_STEP,
  MAX_ZOOM,
  MIN_ZOOM,
} from "./hashState.ts";

const inRange = (n: unknown, min: number, max: number) =>
  typeof n === "number" && Number.isFinite(n) && n >= min && n <= max;

export function viewProblems(view: MapView): string[] {
  const problems: string[] = [];
  if (!inRange(view.zoom, MIN_ZOOM, MAX_ZOOM))
    problems.push(`zoom ${view.zoom} not in ${MIN_ZOOM}..${MAX_ZOOM}`);
  if (!inRange(view.lat, -85, 85)) problems.push(`lat ${view.lat} not in -85..85`);
  if (!inRange(view.lon, -180, 180)) problems.push(`lon ${view.lon} not in -180..180`);
  const keys = Object.keys(view).sort().join(",");
  if (keys !== "lat,lon,zoom") problems.push(`view has keys ${keys}`);
  return problems;
}

function selectionProblems(selection: Selection): string[] {
  if (selection.type === "none") return Object.keys(selection).length === 1 ? [] : ["extra keys on none"];
  if (selection.type !== "segment" && selection.type !== "node")
    return [`selection type ${String(selection)}`];
  const { id } = selection;
  if (typeof id !== "string" || !ID_PATTERN.test(id) || id.length > MAX_ID_LENGTH) {
    return [`selection id ${JSON.stringify(id).slice(0, 60)} is not a kebab-case id`];
  }
  return [];
}

const isId = (id: unknown) => typeof id === "string" && ID_PATTERN.test(id) && id.length <= MAX_ID_LENGTH;

function routeProblems(route: RouteQuery): string[] {
  const keys = Object.keys(route).sort().join(",");
  if (keys !== "from,to,via") return [`route has keys ${keys}`];
  if (!Array.isArray(route.via) || route.via.length > MAX_ROUTE_VIAS) return ["route vias not a short list"];
  const bad = [route.from, route.to, ...route.via].filter((id) => !isId(id));
  return bad.length ? [`route ids ${JSON.stringify(bad).slice(0, 60)} are not kebab-case ids`] : [];
}

function layersProblems(layers: readonly LayerGroup[]): string[] {
  if (!Array.isArray(layers)) return ["layers is not an array"];
  const known = layers.every((g) => (LAYER_GROUPS as readonly string[]).includes(g));
  const positions = layers.map((g) => LAYER_GROUPS.indexOf(g));
  const ordered = positions.every((p, i) => i === 0 || p > (positions[i - 1] ?? -1));
  return known && ordered ? [] : [`layers ${JSON.stringify(layers)} not distinct known groups in order`];
}

/** A state straight from parseHash: well-formed, before the data has been consulted. */
export function hashStateProblems(state: HashState): string[] {
  const problems: string[] = [];
  const keys = Object.keys(state).filter(
    (k) => !["view", "selection", "layers", "step", "date", "since", "route", "variant"].includes(k),
  );
  if (keys.length) problems.push(`unexpected keys ${keys.join(",")}`);
  if (Object.getPrototypeOf(state) !== Object.prototype) problems.push("state has a foreign prototype");
  if (state.view !== null) problems.push(...viewProblems(state.view));
  problems.push(...selectionProblems(state.selection));
  if (state.layers !== null) problems.push(...layersProblems(state.layers));
  if (
    state.step !== undefined &&
    state.step !== null &&
    !(Number.isInteger(state.step) && inRange(state.step, 1, MAX_URL_STEP))
  ) {
    problems.push(`step ${state.step} not an integer in 1..${MAX_URL_STEP}`);
  }
  if (state.route) problems.push(...routeProblems(state.route));
  if (
    state.variant !== undefined &&
    state.variant !== null &&
    !(Number.isInteger(state.variant) && inRange(state.variant, 1, MAX_ROUTES))
  ) {
    problems.push(`variant ${state.variant} not an integer in 1..${MAX_ROUTES}`);
  }
  return problems;
}

/**
 * The app's state once the URL has been applied to the data: a selection only of ids the data
 * has, layers the registry knows, a camera in range, a briefing step inside the tour.
 */
export function appliedStateProblems(
  state: {
    selection: Selection;
    visibleGroups: readonly LayerGroup[];
    camera: { type: string; view?: MapView } | null;
    step: number | null;
    route?: RouteQuery | null;
  },
  corridor: Corridor,
): string[] {
  const problems = selectionProblems(state.selection);
  const { selection } = state;
  if (selection.type === "segment" && !corridor.segmentById.has(selection.id))
    problems.push(`unknown segment ${selection.id}`);
  if (selection.type === "node" && !corridor.nodeById.has(selection.id))
    problems.push(`unknown node ${selection.id}`);
  problems.push(...layersProblems(state.visibleGroups));
  if (state.route) {
    problems.push(...routeProblems(state.route));
    const { from, to, via } = state.route;
    for (const id of [from, to, ...via])
      if (!corridor.nodeById.has(id)) problems.push(`unknown route place ${id}`);
  }
  if (state.camera?.type === "view" && state.camera.view) problems.push(...viewProblems(state.camera.view));
  const tour = corridor.collection.tour.length;
  if (
    state.step !== null &&
    !(Number.isInteger(state.step) && inRange(state.step, 0, Math.max(0, tour - 1)))
  ) {
    problems.push(`step ${state.step} outside the tour of ${tour}`);
  }
  return problems;
}

export function modeStateProblems(state: ModeState): string[] {
  const problems: string[] = [];
  switch (state.mode) {
    case "explore":
      if (Object.keys(state).length !== 1) problems.push("explore mode with options");
      break;
    case "embed": {
      const { legend, interactive, height } = state.embed;
      if (typeof legend !== "boolean" || typeof interactive !== "boolean")
        problems.push("embed flags not boolean");
      if (!Number.isInteger(height) || !inRange(height, ...EMBED_HEIGHT_RANGE))
        problems.push(`height ${height}`);
      break;
    }
    case "present":
      if (!["audience", "presenter", "preview"].includes(state.window))
        problems.push(`window ${state.window}`);
      break;
    default:
      problems.push(`mode ${String((state as { mode: unknown }).mode)}`);
  }
  return problems;
}
