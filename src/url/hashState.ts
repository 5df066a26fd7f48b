// The URL hash as pure parse/serialize functions (PRODUCT.md, "Contract"):
//   #map=ZOOM/LAT/LON&seg=ID&layers=transport,energy&date=2016-06&since=2015&route=FROM~TO~via:ID
//   &variant=N (which of the route's variants, 1-based; not in the contract, ours)
// Parsing never throws: anything malformed is dropped and the default is used instead.
import { GROUPS, LAYER_GROUPS, type LayerGroup } from "../layers/registry.ts";
import { MAX_ROUTES, type RouteQuery } from "../route/routeQuery.ts";
import { type MapView, NO_SELECTION, type Selection } from "../state/types.ts";
import { type DayDate, parseDate } from "../time/dates.ts";

export interface HashState {
  view: MapView | null;
  selection: Selection;
  /** null = the default set of layers. */
  layers: LayerGroup[] | null;
  /** The briefing step (1-based), in present mode. */
  step?: number | null;
  /** The "as of" date the map shows (absent = today) and the date "what changed since" asks from. */
  date?: DayDate | null;
  since?: DayDate | null;
  /** The route asked for (PRODUCT.md, contract part two); its ids are checked when applied. */
  route?: RouteQuery | null;
  /** Which of the route's variants is shown (1-based, as the Route region numbers them). */
  variant?: number | null;
}

export const MIN_ZOOM = 2;
export const MAX_ZOOM = 12;
/** An id as the data writes them (kebab-case), and the longest one a URL may carry. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 120;
/** The highest briefing step (1-based) the URL can name; the tour clamps it to its length. */
export const MAX_URL_STEP = 999;
const NUM_RE = /^-?\d{1,3}(?:\.\d{1,8})?$/;

function parseView(value: string): MapView | null {
  const parts = value.split("/");
  if (parts.length !== 3 || !parts.every((p) => NUM_RE.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return null;
  if (lat < -85 || lat > 85 || lon < -180 || lon > 180) return null;
  return { zoom, lat, lon };
}

function parseLayers(value: string): LayerGroup[] | null {
  if (value === "none") return [];
  const byCode = new Map(LAYER_GROUPS.map((g) => [GROUPS[g].urlCode, g]));
  const codes = value.split(",");
  const groups = codes.map((c) => byCode.get(c));
  if (groups.some((g) => g === undefined)) return null;
  return LAYER_GROUPS.filter((g) => groups.includes(g));
}

const isId = (s: string) => s.length <= MAX_ID_LENGTH && ID_PATTERN.test(s);

/** The most places a route URL may pass on the way, so a hostile link cannot ask for endless searches. */
export const MAX_ROUTE_VIAS = 8;
const VIA = "via:";

/** `FROM~TO~via:ID~via:ID…`; anything else in it (a bad id, a stray part) drops the whole route. */
function parseRoute(value: string): RouteQuery | null {
  const [from = "", to = "", ...rest] = value.split("~");
  if (!isId(from) || !isId(to) || rest.length > MAX_ROUTE_VIAS) return null;
  const via = rest.map((part) => (part.startsWith(VIA) ? part.slice(VIA.length) : ""));
  return via.every(isId) ? { from, to, via } : null;
}

export function serializeRoute(route: RouteQuery): string {
  return [route.from, route.to, ...route.via.map((v) => VIA + v)].join("~");
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

export function parseHash(hash: string): HashState {
  const state: HashState = { view: null, selection: NO_SELECTION, layers: null };
  const body = typeof hash === "string" ? hash.replace(/^#/, "") : "";
  for (const pair of body.split("&")) {
    const eq = pair.indexOf("=");
    if (eq <= 0) continue;
    const key = pair.slice(0, eq);
    const value = safeDecode(pair.slice(eq + 1));
    if (value === null) continue;
    if (key === "map") state.view = parseView(value) ?? state.view;
    else if (key === "seg" && isId(value)) state.selection = { type: "segment", id: value };
    else if (key === "node" && isId(value) && state.selection.type === "none") {
      state.selection = { type: "node", id: value };
    } else if (key === "layers") state.layers = parseLayers(value) ?? state.layers;
    else if (key === "step" && /^[1-9]\d{0,2}$/.test(value)) state.step = Number(value);
    else if (key === "date") state.date = parseDate(value) ?? state.date ?? null;
    else if (key === "since") state.since = parseDate(value) ?? state.since ?? null;
    else if (key === "route") state.route = parseRoute(value) ?? state.route ?? null;
    else if (key === "variant" && /^[1-9]$/.test(value) && Number(value) <= MAX_ROUTES)
      state.variant = Number(value);
  }
  return state;
}

/** Decimals enough for the zoom, as OpenStreetMap does, so the URL stays short. */
function precision(zoom: number): number {
  return Math.max(2, Math.ceil(Math.log2(Math.max(zoom, 1))) + 1);
}

export function serializeView(view: MapView): string {
  const p = precision(view.zoom);
  const fix = (n: number, d: number) => String(Number(n.toFixed(d)));
  return `${fix(view.zoom, 2)}/${fix(view.lat, p)}/${fix(view.lon, p)}`;
}

export function serializeHash(state: HashState, defaultLayers: readonly LayerGroup[]): string {
  const parts: string[] = [];
  if (state.view) parts.push(`map=${serializeView(state.view)}`);
  if (state.selection.type === "segment") parts.push(`seg=${state.selection.id}`);
  if (state.selection.type === "node") parts.push(`node=${state.selection.id}`);
  if (state.layers) {
    const same =
      state.layers.length === defaultLayers.length && state.layers.every((g) => defaultLayers.includes(g));
    if (!same) {
      parts.push(
        `layers=${state.layers.length === 0 ? "none" : state.layers.map((g) => GROUPS[g].urlCode).join(",")}`,
      );
    }
  }
  if (state.step) parts.push(`step=${state.step}`);
  if (state.date) parts.push(`date=${state.date.iso}`);
  if (state.since) parts.push(`since=${state.since.iso}`);
  if (state.route) parts.push(`route=${serializeRoute(state.route)}`);
  // The shortest variant is the default, so a link names only another one.
  if (state.route && state.variant && state.variant > 1) parts.push(`variant=${state.variant}`);
  return parts.length ? `#${parts.join("&")}` : "";
}
