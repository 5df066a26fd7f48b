// The one owner of the MapLibre instance. The app drives it through MapControllerApi; each
// setter does nothing when its input has not changed. Map events go back out as MapEvents.
import type { FeatureCollection } from "geojson";
import {
  AttributionControl,
  type GeoJSONSource,
  Map as MlMap,
  NavigationControl,
  ScaleControl,
} from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import type { Corridor } from "../data/corridor.ts";
import { loadBasemap } from "../data/loadBasemap.ts";
import { KINDS, type LayerGroup } from "../layers/registry.ts";
import type { CameraCommand, Selection } from "../state/types.ts";
import { DETAILS_PANEL_WIDTH, PANEL_MARGIN, WIDE_MAP_MIN_WIDTH } from "../ui/layout.ts";
import { styleAssets } from "./assets.ts";
import { type Bounds, corridorBounds, MAX_VIEW_BOUNDS, selectionBounds } from "./bounds.ts";
import { routeClick } from "./clickRouter.ts";
import type {
  ImageRequest,
  Insets,
  LonLatBounds,
  MapControllerApi,
  MapControllerOptions,
  MapEvent,
} from "./controllerApi.ts";
import { chevronImage } from "./flowArrow.ts";
import {
  IMAGE_FLOW_ARROW,
  LAYER_HOVER,
  LAYER_NODE_SELECTED,
  LAYER_SELECTED_INNER,
  LAYER_SELECTED_OUTER,
  SOURCE_BASEMAP,
  SOURCE_CORRIDOR,
} from "./layerIds.ts";
import { animateFlow, emphasise } from "./presentation.ts";
import { buildStyle, groupFilters, idFilter } from "./style.ts";

const FIT_PADDING = 48;

/** Room the camera leaves around what it fits: for end-point labels, the floating legend, and
 * the details panel over the map's right side (not yet drawn when the camera starts moving). */
function fitPadding(container: HTMLElement, panelOpen: boolean, overlay: Partial<Insets>) {
  const wide = container.clientWidth >= WIDE_MAP_MIN_WIDTH;
  // Sideways a little more, so the labels of the end points stay on screen; on a phone-sized map
  // that would leave half the width for the lines, so there the margin shrinks with the width.
  const side = wide ? FIT_PADDING * 2 : Math.min(FIT_PADDING * 2, Math.round(container.clientWidth * 0.08));
  const right = panelOpen && wide ? DETAILS_PANEL_WIDTH + PANEL_MARGIN + FIT_PADDING / 2 : side;
  return {
    top: FIT_PADDING + (overlay.top ?? 0),
    right: right + (overlay.right ?? 0),
    bottom: FIT_PADDING / 2 + (overlay.bottom ?? 0),
    left: side + (overlay.left ?? 0),
  };
}

const MAX_FIT_ZOOM = 7.5;

/**
 * What the corridor source is given: the file's URL where there is one, so the worker fetches
 * and parses it in parallel and the main thread is spared copying the parsed collection to it
 * (costly with large data); the collection itself when it came inline (single-file build).
 */
const corridorData = (corridor: Corridor) => corridor.url ?? corridor.collection;

const prefersReducedMotion = () => window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

/**
 * A small, read-only hook for the browser tests and the benchmark: where a place is on screen,
 * and whether the camera is still moving. It exposes no way to change the map.
 */
function exposeAutomationHook(map: MlMap, container: HTMLElement) {
  const hook = {
    project(lon: number, lat: number) {
      const p = map.project([lon, lat]);
      const r = container.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    isMoving: () => map.isMoving(),
  };
  (window as unknown as { __corridorMap?: typeof hook }).__corridorMap = hook;
}

export class MapController implements MapControllerApi {
  private readonly map: MlMap;
  private readonly container: HTMLElement;
  private readonly handlers = new Set<(e: MapEvent) => void>();
  private corridor: Corridor | null = null;
  /** The corridor the map's source holds (set in the style, or by setData). */
  private drawnCorridor: Corridor | null = null;
  private groups: readonly LayerGroup[] | null = null;
  private selection: Selection = { type: "none" };
  private hoverId: string | null = null;
  private pendingCamera: CameraCommand | null;
  private styleLoaded = false;
  private basemap: FeatureCollection | null = null;
  private ready = false;

  private readonly overlayInsets: () => Partial<Insets>;
  private readonly presentation: boolean;
  private readonly offscreen: boolean;
  private selectionPending = false;
  private destroyed = false;
  private stopFlow: (() => void) | null = null;

  constructor({
    container,
    corridor,
    initialCamera,
    overlayInsets,
    interactive = true,
    pixelRatio,
    offscreen = false,
    presentation = false,
  }: MapControllerOptions) {
    this.presentation = presentation;
    this.offscreen = offscreen;
    this.overlayInsets = overlayInsets ?? (() => ({}));
    this.container = container;
    this.pendingCamera = initialCamera;
    this.corridor = corridor ?? null;
    const assets = styleAssets();
    const style = buildStyle(assets);
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
      // A phone-sized map needs to zoom out further to show the whole corridor at once.
      minZoom: container.clientWidth < WIDE_MAP_MIN_WIDTH ? 1 : 2,
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
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    if (interactive) this.map.addControl(new NavigationControl({ showCompass: false }), "top-left");
    this.map.addControl(new ScaleControl({ unit: "metric", maxWidth: 120 }), "bottom-right");
    this.map.addControl(
      new AttributionControl({
        compact: false,
        // Credits as links only; nothing is fetched from these addresses.
        customAttribution: [
          '<a href="https://maplibre.org/" target="_blank" rel="noopener noreferrer">MapLibre</a>',
          "Corridor data: sources cited on each segment",
        ],
      }),
      "bottom-right",
    );
    this.map
      .getCanvas()
      .setAttribute("aria-label", "Map of the Middle Corridor. Use the segment list to select a segment.");

    if (!offscreen) exposeAutomationHook(this.map, container);
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
      // 2× pixels for sharp arrows on high-density screens.
      this.map.addImage(IMAGE_FLOW_ARROW, chevronImage(32, KINDS["trade-flow"].color), { pixelRatio: 2 });
      this.styleLoaded = true;
      this.applyBasemap();
      this.applyCorridor();
      this.applyGroups();
      this.applySelection();
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

  setVisibleGroups(groups: readonly LayerGroup[]): void {
    if (this.groups && groups.length === this.groups.length && groups.every((g) => this.groups?.includes(g)))
      return;
    this.groups = [...groups];
    this.applyGroups();
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

  viewBounds(): LonLatBounds | null {
    const b = this.map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  }

  async renderImage(request: ImageRequest): Promise<string> {
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
    });
    try {
      copy.map.setMaxBounds(null);
      copy.setCorridor(this.corridor);
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
    this.stopFlow?.();
    this.handlers.clear();
    this.map.remove();
  }

  private emit(e: MapEvent) {
    for (const h of this.handlers) h(e);
  }

  private applyBasemap() {
    if (!this.styleLoaded || !this.basemap) return;
    const source = this.map.getSource<GeoJSONSource>(SOURCE_BASEMAP);
    source?.setData(this.basemap);
  }

  private applyCorridor() {
    if (!this.styleLoaded || !this.corridor || this.corridor === this.drawnCorridor) return;
    this.drawnCorridor = this.corridor;
    this.map.getSource<GeoJSONSource>(SOURCE_CORRIDOR)?.setData(corridorData(this.corridor));
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
    if (!command || command.type === "fit-all") {
      // The whole corridor runs east–west through the middle; the legend's corner stays clear.
      // The first view is drawn at once; later returns to the whole (a tour's overview) fly.
      this.fit(
        corridorBounds(this.corridor),
        Boolean(command) && animate,
        this.selection.type !== "none",
        false,
      );
    } else if (command.type === "view") {
      this.map.jumpTo({ center: [command.view.lon, command.view.lat], zoom: command.view.zoom });
    } else {
      const bounds = selectionBounds(this.corridor, command.selection);
      if (bounds) this.fit(bounds, animate, command.selection.type !== "none", true);
    }
  }

  private fit(bounds: Bounds, animate: boolean, panelOpen: boolean, clearOverlays: boolean) {
    this.map.fitBounds(bounds, {
      padding: fitPadding(this.container, panelOpen, clearOverlays ? this.overlayInsets() : {}),
      maxZoom: MAX_FIT_ZOOM,
      animate,
      duration: animate ? 1400 : 0,
    });
  }
}
