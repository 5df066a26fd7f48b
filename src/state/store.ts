// The single source of truth, in small slices with their actions beside them. Components
// read narrow selectors; the map and the URL follow the store and report back through actions.
import { create } from "zustand";
import type { Corridor } from "../data/corridor.ts";
import type { DraftPreview } from "../data/draftPreview.ts";
import type { Lang } from "../i18n/languages.ts";
import { defaultVisibleGroups, LAYER_GROUPS, type LayerGroup } from "../layers/registry.ts";
import { type RouteForm, type RouteQuery, routeFromForm, sameRouteQuery } from "../route/routeQuery.ts";
import { type DayDate, sameDay } from "../time/dates.ts";
import { type AnnotationFilter, carryFilter, NO_FILTER, selectionAnnotations } from "./annotationFilter.ts";
import { type LanguageSlice, languageSlice } from "./languageSlice.ts";
import { routeCameraRequest } from "./routeSelectors.ts";
import {
  type CameraCommand,
  type CameraRequest,
  INTENT,
  type MapView,
  NO_SELECTION,
  type SelectIntent,
  type Selection,
  sameSelection,
} from "./types.ts";

export type LoadState =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; corridor: Corridor };

interface DataSlice {
  load: LoadState;
  setLoad: (load: LoadState) => void;
}

interface SelectionSlice {
  selection: Selection;
  /** What the last selection asked for (camera, focus, history). */
  selectionIntent: SelectIntent;
  /** Whether the last change of selection or layers adds a history entry or rewrites the current one. */
  historyIntent: SelectIntent["history"];
  /** Selects, and does what the intent says: fit the camera to it, move focus, push history. */
  select: (selection: Selection, intent: SelectIntent) => void;
  /** Applies what the URL says in one step, so the URL sync sees a single change from "url". */
  applyFromUrl: (
    selection: Selection,
    groups: readonly LayerGroup[],
    time?: { asOf: DayDate | null; since: DayDate | null },
    route?: RouteQuery | null,
    /** The variant of that route shown (0 = the shortest); a link can name another. */
    routeVariant?: number,
  ) => void;
}

interface LayersSlice {
  visibleGroups: LayerGroup[];
  toggleGroup: (group: LayerGroup) => void;
}

interface ViewSlice {
  /** The map has drawn for the first time (data-ready). */
  mapReady: boolean;
  setMapReady: () => void;
  /** The camera as last reported by the map (or asked for by the URL before the map exists). */
  view: MapView | null;
  camera: CameraCommand | null;
  setViewFromMap: (view: MapView) => void;
  requestCamera: (request: CameraRequest) => void;
}

/** The tool dialogs the header opens. */
export type ToolDialog = "share" | "export";

/**
 * What is open over the app: nothing, one tool dialog, or the source reader on one article (with
 * the annotation it was opened from, whose quote is scrolled to and emphasised). One at a time.
 */
export type Overlay =
  | { type: "none" }
  | { type: "dialog"; dialog: ToolDialog }
  | { type: "reader"; sourceId: string; annotationId: string | null };

export const NO_OVERLAY: Overlay = { type: "none" };

interface OverlaySlice {
  overlay: Overlay;
  openDialog: (dialog: ToolDialog) => void;
  openReader: (sourceId: string, annotationId: string | null) => void;
  closeOverlay: () => void;
}

interface DrawerSlice {
  /** Phones: the lists' drawer is open (a choice in it closes it, see src/app/reactions.ts). */
  drawerOpen: boolean;
  setDrawerOpen: (open: boolean) => void;
}

interface TimeSlice {
  /** The "as of" date the map shows; null = today (the default). */
  asOf: DayDate | null;
  /** "What changed since" this date, up to the as-of date; null = not asked. */
  since: DayDate | null;
  /** Whether the timeline is playing (animating from the first event on). */
  playing: boolean;
  /** Sets the as-of date; `history` says whether Back returns to the date before. */
  setAsOf: (date: DayDate | null, history: SelectIntent["history"]) => void;
  setSince: (date: DayDate | null, history: SelectIntent["history"]) => void;
  setPlaying: (playing: boolean) => void;
}

interface RouteSlice {
  /** The route asked for (From, To, the places on the way), or null; src/route/ computes it. */
  route: RouteQuery | null;
  /** Sets the route (and the variant shown, 0 = the shortest); `history` says whether Back returns to the one before. */
  setRoute: (route: RouteQuery | null, history: SelectIntent["history"], variant?: number) => void;
  /**
   * The Route region's form while it is open (null = closed): places chosen so far, which may not
   * make a route yet (From without To). A complete form is the route.
   */
  routeForm: RouteForm | null;
  /** Sets the form from the UI: a complete one sets the route (a history entry) and frames it. */
  setRouteForm: (form: RouteForm | null) => void;
  /** The variant shown in detail and highlighted: an index into the route's results (0 = shortest). */
  routeVariant: number;
  /** Chooses a variant from the UI, and frames it. */
  chooseRouteVariant: (index: number) => void;
}

interface AnnotationFilterSlice {
  annotationFilter: AnnotationFilter;
  setAnnotationFilter: (filter: AnnotationFilter) => void;
}

interface PresentSlice {
  /** The briefing step shown (0-based), or null outside present mode. */
  step: number | null;
  /** Where the step change came from: another window's changes are not sent back to it. */
  stepOrigin: "local" | "remote" | "url";
  blackout: boolean;
  contrast: boolean;
  setStep: (step: number, origin?: "local" | "remote" | "url") => void;
  setBlackout: (on: boolean) => void;
  setContrast: (on: boolean) => void;
}

/**
 * What the editor ("Add a source") was opened for: a new source, a draft kept in this browser,
 * or an edit of a published source (from an annotation's or a source's "Edit").
 */
export type EditorRequest =
  | { type: "new" }
  | { type: "resume"; key: string }
  | { type: "edit"; sourceId: string; annotationId?: string };

interface EditorSlice {
  /**
   * The editor beside the map (not an overlay: the map stays usable), or null when closed. Each
   * opening has its own `seq`, so "Start a new source" twice starts two drafts.
   */
  editor: (EditorRequest & { seq: number }) | null;
  openEditor: (request: EditorRequest) => void;
  closeEditor: () => void;
  /** The drafts kept in this browser, as shown beside the published data. */
  drafts: DraftPreview[];
  setDrafts: (drafts: DraftPreview[]) => void;
  /** The draft annotation a click on the map adds its segment or place to; null = none. */
  editorPick: string | null;
  setEditorPick: (annotationId: string | null) => void;
  /**
   * The last segment or place picked on the map while `editorPick` is set, with a sequence
   * number: a click on what is already selected is a pick too, though the selection stays.
   */
  editorPicked: { target: Exclude<Selection, { type: "none" }>; seq: number } | null;
}

export type AppState = EditorSlice &
  LanguageSlice &
  PresentSlice &
  OverlaySlice &
  DrawerSlice &
  DataSlice &
  SelectionSlice &
  LayersSlice &
  ViewSlice &
  TimeSlice &
  RouteSlice &
  AnnotationFilterSlice;

let cameraSeq = 0;
let pickSeq = 0;
let editorSeq = 0;

function normalizeGroups(groups: readonly LayerGroup[]): LayerGroup[] {
  return LAYER_GROUPS.filter((g) => groups.includes(g));
}

/**
 * What changes with the selection besides itself, wherever it changes: the annotation filter
 * keeps only the options the new selection offers.
 */
function selectionPatch(state: AppState, selection: Selection): Partial<AppState> {
  if (sameSelection(state.selection, selection)) return {};
  const corridor = state.load.status === "ready" ? state.load.corridor : null;
  const annotationFilter = carryFilter(state.annotationFilter, selectionAnnotations(corridor, selection));
  return annotationFilter === state.annotationFilter ? {} : { annotationFilter };
}

/**
 * What changes with the route besides itself: the first (shortest) variant is shown again, and
 * the form shows the route (a link or Back opens the region on it; no route closes it).
 */
function routePatch(state: AppState, route: RouteQuery | null, routeVariant = 0): Partial<AppState> {
  const form = route ? { from: route.from, to: route.to, via: [...route.via] } : null;
  const keepForm = route === null && state.route === null;
  return { route, routeVariant, ...(keepForm ? {} : { routeForm: form }) };
}

/** A choice in the Route region frames the chosen variant (computed once, by the selector). */
function frameRoute(state: AppState) {
  const request = routeCameraRequest(state);
  if (request) state.requestCamera(request);
}

export const createAppStore = (initial: Partial<Pick<AppState, "step">> & { lang?: Lang } = {}) =>
  create<AppState>()((set, get) => ({
    ...languageSlice(set, initial.lang),
    load: { status: "loading" },
    setLoad: (load) => set({ load }),

    selection: NO_SELECTION,
    selectionIntent: INTENT.url,
    historyIntent: "replace",
    select: (selection, intent) => {
      if (intent === INTENT.pick && selection.type !== "none" && get().editorPick !== null) {
        pickSeq += 1;
        set({ editorPicked: { target: selection, seq: pickSeq } });
      }
      const changed = !sameSelection(get().selection, selection);
      // Picking what is already selected changes nothing; choosing it again frames it again.
      if (!changed && intent.camera === "keep") return;
      set({
        ...selectionPatch(get(), selection),
        selection,
        selectionIntent: intent,
        historyIntent: intent.history,
      });
      if (selection.type !== "none" && intent.camera === "fit") {
        get().requestCamera({ type: "fit-selection", selection });
      }
    },

    applyFromUrl: (selection, groups, time = { asOf: null, since: null }, route = null, routeVariant = 0) => {
      const next = normalizeGroups(groups);
      const current = get().visibleGroups;
      const sameGroups = next.length === current.length && next.every((g, i) => g === current[i]);
      set({
        ...selectionPatch(get(), selection),
        selection,
        selectionIntent: INTENT.url,
        historyIntent: INTENT.url.history,
        ...(sameGroups ? {} : { visibleGroups: next }),
        ...(sameDay(time.asOf, get().asOf) ? {} : { asOf: time.asOf }),
        ...(sameDay(time.since, get().since) ? {} : { since: time.since }),
        ...(!sameRouteQuery(route, get().route)
          ? routePatch(get(), route, routeVariant)
          : routeVariant !== get().routeVariant
            ? { routeVariant }
            : {}),
      });
    },

    visibleGroups: defaultVisibleGroups(),
    toggleGroup: (group) => {
      const { visibleGroups: current, selection, load } = get();
      const next = normalizeGroups(
        current.includes(group) ? current.filter((g) => g !== group) : [...current, group],
      );
      // A selected segment whose layer is switched off is no longer shown, so it is deselected.
      const seg =
        selection.type === "segment" && load.status === "ready"
          ? load.corridor.segmentById.get(selection.id)
          : undefined;
      const hidesSelection = seg !== undefined && !next.includes(seg.properties.group);
      set({
        visibleGroups: next,
        historyIntent: "push",
        ...(hidesSelection
          ? { ...selectionPatch(get(), NO_SELECTION), selection: NO_SELECTION, selectionIntent: INTENT.clear }
          : {}),
      });
    },

    asOf: null,
    since: null,
    playing: false,
    setAsOf: (asOf, history) => {
      if (sameDay(asOf, get().asOf)) return;
      set({ asOf, historyIntent: history });
    },
    setSince: (since, history) => {
      if (sameDay(since, get().since)) return;
      set({ since, historyIntent: history });
    },
    setPlaying: (playing) => set({ playing }),

    route: null,
    setRoute: (route, history, variant = 0) => {
      if (sameRouteQuery(route, get().route)) {
        if (route && variant !== get().routeVariant) set({ routeVariant: variant });
        return;
      }
      set({ ...routePatch(get(), route, variant), historyIntent: history });
    },
    routeForm: null,
    setRouteForm: (form) => {
      const route = form ? routeFromForm(form) : null;
      const changed = !sameRouteQuery(route, get().route);
      if (changed) get().setRoute(route, "push");
      // After the route: the form keeps what makes no route yet (an empty place on the way).
      set({ routeForm: form });
      if (changed) frameRoute(get());
    },
    routeVariant: 0,
    chooseRouteVariant: (index) => {
      if (index === get().routeVariant) return;
      set({ routeVariant: index });
      frameRoute(get());
    },

    annotationFilter: NO_FILTER,
    setAnnotationFilter: (annotationFilter) => set({ annotationFilter }),

    step: initial.step ?? null,
    stepOrigin: "local",
    blackout: false,
    contrast: false,
    setStep: (step, origin = "local") => {
      const { load } = get();
      const count = load.status === "ready" ? load.corridor.collection.tour.length : 0;
      if (count === 0) return;
      const clamped = Math.max(0, Math.min(count - 1, step));
      if (clamped !== get().step) set({ step: clamped, stepOrigin: origin });
    },
    setBlackout: (blackout) => set({ blackout }),
    setContrast: (contrast) => set({ contrast }),

    editor: null,
    openEditor: (request) => {
      editorSeq += 1;
      set({ editor: { ...request, seq: editorSeq }, editorPick: null, drawerOpen: false });
    },
    closeEditor: () => set({ editor: null, editorPick: null }),
    drafts: [],
    setDrafts: (drafts) => set({ drafts }),
    editorPick: null,
    setEditorPick: (editorPick) => set({ editorPick }),
    editorPicked: null,

    drawerOpen: false,
    setDrawerOpen: (drawerOpen) => set({ drawerOpen }),

    overlay: NO_OVERLAY,
    openDialog: (dialog) => set({ overlay: { type: "dialog", dialog } }),
    openReader: (sourceId, annotationId) => set({ overlay: { type: "reader", sourceId, annotationId } }),
    closeOverlay: () => set({ overlay: NO_OVERLAY }),

    mapReady: false,
    setMapReady: () => set({ mapReady: true }),
    view: null,
    camera: null,
    setViewFromMap: (view) => set({ view }),
    requestCamera: (request) => {
      cameraSeq += 1;
      set({ camera: { ...request, seq: cameraSeq } });
    },
  }));

export type AppStore = ReturnType<typeof createAppStore>;
