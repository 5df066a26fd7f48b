// The one owner of the MapLibre instance. The app drives it through MapControllerApi; each
// setter does nothing when its input has not changed. Map events go back out as MapEvents.
import type { FeatureCollection } from "geojson";
import {
  AttributionControl,
  type ControlPosition,
  type GeoJSONSource,
  type IControl,
  Map as MlMap,
  NavigationControl,
  ScaleControl,
} from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import type { Corridor } from "../data/corridor.ts";
import { loadBasemap } from "../data/loadBasemap.ts";
import { ENGLISH } from "../i18n/english.ts";
import { type LayerGroup, REGISTRY } from "../layers/registry.ts";
import { escapeXml } from "../render/xmlText.ts";
import type { CameraCommand, Selection } from "../state/types.ts";
import { collectionOn, sameDrawing, type TimeView } from "../time/timeView.ts";
import type { Insets } from "../ui/freeArea.ts";
import { WIDE_MAP_MIN_WIDTH } from "../ui/layout.ts";
import { styleAssets } from "./assets.ts";
import { exposeAutomationHook } from "./automationHook.ts";
import { markSubjectCities } from "./basemapSubjects.ts";
import { routeClick } from "./clickRouter.ts";
import type {
  ImageRequest,
  LonLatBounds,
  MapControllerApi,
  MapControllerOptions,
  MapEvent,
} from "./controllerApi.ts";
import { fitMargin, MAX_FIT_ZOOM, MAX_VIEW_BOUNDS } from "./fitLimits.ts";
import {
  LAYER_CHANGED,
  LAYER_HOVER,
  LAYER_NODE_LABELS,
  LAYER_NODE_SELECTED,
  LAYER_NODES_HIT,
  LAYER_SELECTED_INNER,
  LAYER_SELECTED_OUTER,
  LAYER_SUBJECT_LABELS,
  SOURCE_BASEMAP,
  SOURCE_CORRIDOR,
} from "./layerIds.ts";
import { type MapLanguage, mapLanguage } from "./mapLanguage.ts";
import { measureLabelText } from "./measureText.ts";
import { animateFlow, emphasise } from "./presentation.ts";
import { RedrawCadence } from "./redrawCadence.ts";
import { applyRoute, cameraSubject, labelledPlaces, type RouteHighlight, routeKey } from "./routeOnMap.ts";
import {
  buildStyle,
  changedFilter,
  groupFilters,
  idFilter,
  nodeLabelFilter,
  nodeSymbolFilter,
  type StyleAssets,
  subjectLabelAnchor,
  subjectLabelFilter,
  subjectLabelOffset,
} from "./style.ts";
import { addStyleImages } from "./styleImages.ts";
import { applyStyleLanguage } from "./styleLanguage.ts";
import { applyStyleScale } from "./styleScale.ts";
import { NO_PLACES } from "./subject.ts";
import { boundedMinZoom, fitSubjectWithin, type Subject } from "./subjectFit.ts";

/**
 * What the corridor source is given: the file's URL where there is one, so the worker fetches
 * and parses it in parallel and the main thread is spared copying the parsed collection to it
 * (costly with large data); the collection itself when it came inline (single-file build).
 */
const corridorData = (corridor: Corridor) => corridor.url ?? corridor.collection;

/** The least time between two redraws of the corridor for a changing date (ms): each has the
 * worker lay the corridor out again, and the slider's thumb must keep moving smoothly. */
const TIME_REDRAW_MS = 300;

const prefersReducedMotion = () => window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

export class MapController implements MapControllerApi {
  private readonly map: MlMap;
  private readonly container: HTMLElement;
  private readonly handlers = new Set<(e: MapEvent) => void>();
  private corridor: Corridor | null = null;
  /** The corridor the map's source holds (set in the style, or by setData). */
  private drawnCorridor: Corridor | null = null;
  /** The day the map shows (null = the data as it is today), and the one its source holds. */
  private timeView: TimeView | null = null;
  private drawnTimeView: TimeView | null = null;
  /** The segments marked as changed since a date (and their ids joined, to compare). */
  private changed: string[] = [];
  private changedKey = "";
  private groups: readonly LayerGroup[] | null = null;
  private route: RouteHighlight | null = null;
  private selection: Selection = { type: "none" };
  private hoverId: string | null = null;
  private pendingCamera: CameraCommand | null;
  private styleLoaded = false;
  private basemap: FeatureCollection | null = null;
  private ready = false;

  private readonly freeArea: () => readonly Insets[];
  private assets: StyleAssets;
  private scale: number;
  private readonly presentation: boolean;
  private readonly offscreen: boolean;
  private selectionPending = false;
  /** A changing date is drawn at most every TIME_REDRAW_MS, the last always (redrawCadence.ts). */
  private readonly timeRedraw = new RedrawCadence(TIME_REDRAW_MS, () => this.applyCorridor());
  /** The free area's insets the last fit framed its subject in. */
  private fittedInsets: Insets | null = null;
  /** The places the subject-label layers name now (left ids | right ids); "" before the first. */
  private labelledPlaces = "";
  /** The places whose basemap city is drawn clear (markSubjectCities). */
  private subjectCities: readonly string[] = [];
  private destroyed = false;
  private stopFlow: (() => void) | null = null;
  private language: MapLanguage;
  /** MapLibre's controls, made again in a new language (each reads its texts when added). */
  private controls: { control: IControl; position: ControlPosition }[] = [];

  constructor({
    container,
    corridor,
    initialCamera,
    freeArea,
    scale = 1,
    interactive = true,
    pixelRatio,
    offscreen = false,
    presentation = false,
    language = mapLanguage(ENGLISH.lang, ENGLISH.t),
  }: MapControllerOptions) {
    this.language = language;
    this.presentation = presentation;
    this.offscreen = offscreen;
    this.freeArea = freeArea ?? (() => []);
    this.scale = scale;
    this.container = container;
    this.pendingCamera = initialCamera;
    this.corridor = corridor ?? null;
    const assets = styleAssets();
    this.assets = assets;
    const style = buildStyle(assets, scale, REGISTRY, language.lang);
    const corridorSource = style.sources[SOURCE_CORRIDOR];
    if (corridor && corridorSource?.type === "geojson") {
      corridorSource.data = corridorData(corridor);
      this.drawnCorridor = corridor;
    }
    this.map = new MlMap({
      container,
      style,
      center: [70, 42],
      zoom: 3,
      // A phone-sized map needs to zoom out further to show the whole corridor, with the names
      // of its two ends, at once.
      minZoom: container.clientWidth < WIDE_MAP_MIN_WIDTH ? 0.5 : 2,
      maxZoom: 12,
      maxBounds: [
        [MAX_VIEW_BOUNDS[0], MAX_VIEW_BOUNDS[1]],
        [MAX_VIEW_BOUNDS[2], MAX_VIEW_BOUNDS[3]],
      ],
      attributionControl: false,
      interactive,
      ...(pixelRatio ? { pixelRatio } : {}),
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      renderWorldCopies: false,
      fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      locale: { ...language.locale },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.interactive = interactive;
    this.addControls();

    if (!offscreen)
      exposeAutomationHook(this.map, container, () => this.selectionPending || this.timeRedraw.pending);
    loadBasemap(assets.basemapUrl)
      .then((fc) => {
        this.basemap = fc;
        this.applyBasemap();
      })
      .catch((e: unknown) => console.error(e));

    // At style load, before the first tiles are asked for: data, filters and camera set then
    // are laid out once. ("load" comes only after a first complete render of empty sources,
    // so everything set there was laid out and drawn a second time.)
    this.map.once("style.load", () => {
      addStyleImages(this.map);
      this.styleLoaded = true;
      this.applyBasemap();
      this.applyCorridor();
      this.applyGroups();
      this.applySelection();
      if (this.changed.length > 0) this.applyChanged();
      if (this.route && this.corridor) applyRoute(this.map, this.corridor, this.route);
      this.runPendingCamera();
    });
    this.map.on("moveend", () => {
      const c = this.map.getCenter();
      this.emit({ type: "view", view: { zoom: this.map.getZoom(), lat: c.lat, lon: c.lng } });
    });
    this.map.on("click", (e) => {
      this.emit({ type: "click", target: routeClick(this.map, e.point, this.corridor) });
    });
    this.map.on("mousemove", (e) => {
      const target = routeClick(this.map, e.point, this.corridor);
      this.map.getCanvas().style.cursor = target.type === "none" ? "" : "pointer";
      this.setHover(target.type === "segment" ? target.id : null);
    });
    this.map.on("mouseout", () => this.setHover(null));
    this.map.on("idle", () => {
      if (this.ready || !this.corridor || !this.basemap || !this.styleLoaded) return;
      this.ready = true;
      this.container.dataset.ready = "true";
      this.emit({ type: "ready" });
      if (this.presentation) this.applySelection();
    });
  }

  private readonly interactive: boolean;

  /** The controls and the canvas's name, in the current language. */
  private addControls() {
    for (const { control } of this.controls) this.map.removeControl(control);
    const language = this.language;
    this.controls = [
      ...(this.interactive
        ? [{ control: new NavigationControl({ showCompass: false }), position: "top-left" as const }]
        : []),
      { control: new ScaleControl({ unit: "metric", maxWidth: 120 }), position: "bottom-right" },
      {
        control: new AttributionControl({
          compact: false,
          // Credits as links only; nothing is fetched from these addresses.
          customAttribution: [
            '<a href="https://maplibre.org/" target="_blank" rel="noopener noreferrer">MapLibre</a>',
            escapeXml(language.dataCredit),
          ],
        }),
        position: "bottom-right",
      },
    ];
    for (const { control, position } of this.controls) this.map.addControl(control, position);
    this.map.getCanvas().setAttribute("aria-label", language.canvasLabel);
  }

  setLanguage(language: MapLanguage): void {
    const same =
      language.lang === this.language.lang &&
      language.canvasLabel === this.language.canvasLabel &&
      JSON.stringify(language.locale) === JSON.stringify(this.language.locale);
    if (same) return;
    const relabel = language.lang !== this.language.lang;
    this.language = language;
    // MapLibre reads its UI strings from this table when a control is added or redrawn (the
    // scale's unit); it has no setter, so the table is patched and the controls made again.
    Object.assign(this.map._locale, language.locale);
    this.addControls();
    if (!relabel) return;
    // The files again: a language drawn in Chinese brought the Chinese subset's manifest.
    this.assets = styleAssets();
    if (this.styleLoaded)
      applyStyleLanguage(this.map, buildStyle(this.assets, this.scale, REGISTRY, language.lang));
  }

  onEvent(handler: (event: MapEvent) => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  setCorridor(corridor: Corridor): void {
    if (corridor === this.corridor) return;
    this.corridor = corridor;
    this.applyCorridor();
    this.runPendingCamera();
  }

  setTimeView(view: TimeView | null): void {
    if (sameDrawing(view, this.timeView)) return;
    this.timeView = view;
    if (this.offscreen) this.applyCorridor();
    else this.timeRedraw.request();
  }

  setChanged(ids: readonly string[]): void {
    const key = ids.join(" ");
    if (key === this.changedKey) return;
    this.changedKey = key;
    this.changed = [...ids];
    this.applyChanged();
  }

  setVisibleGroups(groups: readonly LayerGroup[]): void {
    if (this.groups && groups.length === this.groups.length && groups.every((g) => this.groups?.includes(g)))
      return;
    this.groups = [...groups];
    this.applyGroups();
  }

  setRoute(route: RouteHighlight | null): void {
    if (routeKey(route) === routeKey(this.route)) return;
    this.route = route;
    if (!this.styleLoaded || !this.corridor) return;
    applyRoute(this.map, this.corridor, route);
    this.applySelection(); // the route's ends are named
  }

  setSelection(selection: Selection): void {
    const same =
      selection.type === this.selection.type &&
      (selection.type === "none" || selection.id === (this.selection as { id: string }).id);
    if (same) return;
    this.selection = selection;
    if (this.offscreen) this.applySelection();
    else this.applySelectionAfterNextFrame();
  }

  /**
   * The highlight follows once the frame that paints the details panel is done: a filter change
   * has the worker lay the corridor out again, which with much data would compete with that
   * frame for the CPU. On a screen this is one frame later; several changes in one frame apply once.
   */
  private applySelectionAfterNextFrame() {
    if (this.selectionPending) return;
    this.selectionPending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.selectionPending = false;
        if (!this.destroyed) this.applySelection();
      }, 0),
    );
  }

  runCamera(command: CameraCommand): void {
    this.pendingCamera = command;
    this.runPendingCamera();
  }

  setScale(scale: number): void {
    if (scale === this.scale) return;
    this.scale = scale;
    if (this.styleLoaded)
      applyStyleScale(this.map, buildStyle(this.assets, scale, REGISTRY, this.language.lang));
  }

  /** What the free area shows (the largest way of keeping clear of the panels): a figure's frame. */
  viewBounds(): LonLatBounds | null {
    const { clientWidth: w, clientHeight: h } = this.container;
    // The part of the map the last fit framed its subject in (beside the legend, or above it),
    // while the page still offers it; else the largest free part.
    const candidates = this.freeArea();
    // The one nearest the last fit's: a panel or legend a pixel or two other than when the fit
    // ran (fonts, a catalogue arriving) is still the same way of keeping clear of it.
    const distance = (a: Insets, b: Insets) =>
      Math.abs(a.top - b.top) +
      Math.abs(a.right - b.right) +
      Math.abs(a.bottom - b.bottom) +
      Math.abs(a.left - b.left);
    const last = this.fittedInsets;
    const nearest = last
      ? [...candidates].sort((a, b) => distance(a, last) - distance(b, last))[0]
      : undefined;
    const free = nearest ?? candidates[0] ?? { top: 0, right: 0, bottom: 0, left: 0 };
    const nw = this.map.unproject([free.left, free.top]);
    const se = this.map.unproject([w - free.right, h - free.bottom]);
    return [nw.lng, se.lat, se.lng, nw.lat];
  }

  async renderImage(request: ImageRequest): Promise<string> {
    // i18n-ignore: a developer's error
    if (!this.corridor) throw new Error("The map has no data yet.");
    const host = document.createElement("div");
    // Off screen but laid out at full size, so MapLibre draws every pixel.
    Object.assign(host.style, {
      position: "fixed",
      left: "-20000px",
      top: "0",
      width: `${request.cssWidth}px`,
      height: `${request.cssHeight}px`,
    });
    host.setAttribute("aria-hidden", "true");
    document.body.append(host);
    const [w, s, e, n] = request.bounds;
    const copy = new MapController({
      container: host,
      initialCamera: null,
      interactive: false,
      pixelRatio: request.pixelRatio,
      offscreen: true,
      language: this.language,
    });
    try {
      copy.map.setMaxBounds(null);
      copy.setCorridor(this.corridor);
      copy.setTimeView(this.timeView);
      copy.setChanged(this.changed);
      copy.setRoute(this.route);
      if (this.groups) copy.setVisibleGroups(this.groups);
      copy.setSelection(this.selection);
      await new Promise<void>((resolve) => copy.onEvent((ev) => ev.type === "ready" && resolve()));
      copy.map.fitBounds([w, s, e, n], { padding: 0, animate: false });
      await copy.map.once("idle");
      return copy.map.getCanvas().toDataURL("image/png");
    } finally {
      copy.destroy();
      host.remove();
    }
  }

  destroy(): void {
    this.destroyed = true;
    this.timeRedraw.cancel();
    this.stopFlow?.();
    this.handlers.clear();
    this.map.remove();
  }

  private emit(e: MapEvent) {
    for (const h of this.handlers) h(e);
  }

  private applyChanged() {
    if (this.styleLoaded) this.map.setFilter(LAYER_CHANGED, changedFilter(this.changed));
  }

  private applyBasemap() {
    if (!this.styleLoaded || !this.basemap) return;
    const source = this.map.getSource<GeoJSONSource>(SOURCE_BASEMAP);
    source?.setData(this.basemap);
  }

  private applyCorridor() {
    if (!this.styleLoaded || !this.corridor) return;
    if (this.corridor === this.drawnCorridor && this.timeView === this.drawnTimeView) return;
    this.drawnCorridor = this.corridor;
    this.drawnTimeView = this.timeView;
    this.map
      .getSource<GeoJSONSource>(SOURCE_CORRIDOR)
      ?.setData(this.timeView ? collectionOn(this.corridor, this.timeView) : corridorData(this.corridor));
  }

  private applyGroups() {
    if (!this.styleLoaded || !this.groups) return;
    // Filtered by the segment's own group (a kind's lines may sit in more than one group);
    // hidden lines take no clicks either.
    for (const [layerId, filter] of groupFilters(this.groups)) this.map.setFilter(layerId, filter);
  }

  private applySelection() {
    if (!this.styleLoaded) return;
    const segId = this.selection.type === "segment" ? this.selection.id : null;
    const nodeId = this.selection.type === "node" ? this.selection.id : null;
    this.map.setFilter(LAYER_SELECTED_OUTER, idFilter(segId));
    this.map.setFilter(LAYER_SELECTED_INNER, idFilter(segId));
    this.map.setFilter(LAYER_NODE_SELECTED, idFilter(nodeId));
    // The selection's places are named, on the side the camera left room for, at every zoom.
    // Each of these has the worker lay the corridor out again, so only when the places change.
    const places = this.corridor ? labelledPlaces(this.corridor, this.selection, this.route) : NO_PLACES;
    const key = `${places.left.join(",")}|${places.right.join(",")}`;
    if (key !== this.labelledPlaces) {
      this.labelledPlaces = key;
      const ids = [...places.left, ...places.right];
      markSubjectCities(this.map, this.subjectCities, ids);
      this.subjectCities = ids;
      this.map.setFilter(LAYER_SUBJECT_LABELS, subjectLabelFilter(places));
      this.map.setLayoutProperty(LAYER_SUBJECT_LABELS, "text-anchor", subjectLabelAnchor(places.left));
      this.map.setLayoutProperty(LAYER_SUBJECT_LABELS, "text-offset", subjectLabelOffset(places.left));
      this.map.setFilter(LAYER_NODE_LABELS, nodeLabelFilter(ids));
      this.map.setFilter(LAYER_NODES_HIT, nodeSymbolFilter(ids));
    }
    if (this.presentation) {
      emphasise(this.map, segId);
      // The dashes start after the first complete render: a map that never rests never reports idle.
      if (segId && this.ready && !this.stopFlow && !prefersReducedMotion())
        this.stopFlow = animateFlow(this.map);
      if (!segId) {
        this.stopFlow?.();
        this.stopFlow = null;
      }
    }
  }

  private setHover(id: string | null) {
    if (id === this.hoverId || !this.styleLoaded) return;
    this.hoverId = id;
    this.map.setFilter(LAYER_HOVER, idFilter(id));
  }

  private runPendingCamera() {
    const command = this.pendingCamera;
    if (!this.styleLoaded || !this.corridor) return;
    this.pendingCamera = null;
    const animate = !prefersReducedMotion();
    if (command?.type === "view") {
      this.map.jumpTo({ center: [command.view.lon, command.view.lat], zoom: command.view.zoom });
      return;
    }
    const subject: Subject | null = cameraSubject(
      this.corridor,
      command,
      measureLabelText,
      this.scale,
      this.language.lang,
    );
    // The first view is drawn at once; later moves (a choice, a tour step, back to the whole) fly.
    if (subject) this.fit(subject, Boolean(command) && animate);
  }

  /** Shows the subject, labels included, inside the free area the page reports. */
  private fit(subject: Subject, animate: boolean) {
    const size = { width: this.container.clientWidth, height: this.container.clientHeight };
    if (size.width === 0 || size.height === 0) return;
    const minZoom = Math.max(this.map.getMinZoom(), boundedMinZoom(MAX_VIEW_BOUNDS, size.width, size.height));
    const fitted = fitSubjectWithin(
      subject,
      size,
      this.freeArea(),
      fitMargin(size.width),
      MAX_FIT_ZOOM,
      minZoom,
    );
    const { center, zoom } = fitted;
    this.fittedInsets = fitted.insets;
    const target = { center, zoom: Math.max(minZoom, zoom) };
    if (animate) this.map.flyTo({ ...target, duration: 1400 });
    else this.map.jumpTo(target);
  }
}
