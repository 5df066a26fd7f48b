// The map's place in the page. Creates the controller once, hands it to the binding, and when
// the browser cannot draw the map (no WebGL) says so and shows a still SVG overview instead.
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { Corridor } from "../data/corridor.ts";
import { useI18n } from "../i18n/i18nContext.ts";
import { useStoreApi } from "../state/StoreContext.tsx";
import { freeAreaCandidates, type Rect, rectWithin } from "../ui/freeArea.ts";
import { NoWebglNote } from "../ui/NoWebglNote.tsx";
import { bindController } from "./bindController.ts";
import type { MapControllerApi } from "./controllerApi.ts";
import { useMapFactory } from "./MapFactoryContext.ts";
import { mapLanguage } from "./mapLanguage.ts";
import { useMapWhenVisible } from "./useMapWhenVisible.ts";

// Loaded only when needed: a browser with WebGL never fetches it.
const StaticCorridorSvg = lazy(() => import("../features/overview/StaticCorridorSvg.tsx"));

export function MapView({
  corridor,
  obstacles,
  scale = 1,
  interactive = true,
  presentation = false,
  waitForViewport = false,
  onController,
}: {
  corridor: Corridor;
  /**
   * What the page lays over the map (legend, details panel or sheet, caption), relative to the
   * map's box, as it is or is about to be: asked at each camera move. The map adds its controls.
   */
  obstacles?: (box: HTMLElement) => Rect[];
  /** Lines, symbols and labels at this many times their size (briefings). */
  scale?: number;
  interactive?: boolean;
  presentation?: boolean;
  /** Make the map (and its WebGL context) only once it is in the viewport (embeds). */
  waitForViewport?: boolean;
  /** Told of the controller when it is made and (with null) when it goes, for figure export. */
  onController?: (controller: MapControllerApi | null) => void;
}) {
  const store = useStoreApi();
  const factory = useMapFactory();
  const containerRef = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // Read at each fit through a ref, so a new function on re-render does not recreate the map.
  const obstaclesRef = useRef(obstacles);
  obstaclesRef.current = obstacles;
  const controllerRef = useRef<MapControllerApi | null>(null);
  const initialScale = useRef(scale);
  // The one free-area computation every camera move, the still overview and figures use.
  const wrapRef = useRef<HTMLDivElement>(null);
  const freeArea = useCallback((box: HTMLElement) => {
    // The map's own controls, and the note over the still overview, cover it too.
    const own = [...(wrapRef.current?.querySelectorAll(".maplibregl-ctrl, .map-fallback-note") ?? [])];
    return freeAreaCandidates(box.clientWidth, box.clientHeight, [
      ...(obstaclesRef.current?.(box) ?? []),
      ...own.map((el) => rectWithin(el, box)),
    ]);
  }, []);
  // The language follows the store through the catalogue (I18nProvider), so the map relabels in
  // the same step as the interface; read through a ref at creation, set on change below.
  const { lang, t } = useI18n();
  const language = mapLanguage(lang, t);
  const languageRef = useRef(language);
  languageRef.current = language;
  const onControllerRef = useRef(onController);
  onControllerRef.current = onController;

  const { wanted, generation, onContextLost } = useMapWhenVisible(containerRef, waitForViewport);

  // A layout effect: the map starts before the browser first paints the page around it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation (after a lost context) makes the map again
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container || !wanted) return;
    // The canvas's event does not bubble; the container hears it in the capture phase.
    const lost = () => onContextLost();
    container.addEventListener("webglcontextlost", lost, true);
    try {
      // Created and bound in one step, so no store change can fall between the two.
      const controller = factory({
        container,
        corridor,
        initialCamera: store.getState().camera,
        interactive,
        presentation,
        scale: initialScale.current,
        freeArea: () => freeArea(container),
        language: languageRef.current,
      });
      controllerRef.current = controller;
      const unbind = bindController(controller, store, corridor);
      onControllerRef.current?.(controller);
      return () => {
        container.removeEventListener("webglcontextlost", lost, true);
        controllerRef.current = null;
        onControllerRef.current?.(null);
        unbind();
        controller.destroy();
      };
    } catch (e) {
      container.removeEventListener("webglcontextlost", lost, true);
      setFailure(e instanceof Error ? e.message : String(e));
      // The still overview stands in for the map: an embedding page still hears that the frame
      // is ready, and its height.
      store.getState().setMapReady();
      return undefined;
    }
  }, [factory, store, corridor, interactive, presentation, freeArea, wanted, generation, onContextLost]);

  useEffect(() => {
    controllerRef.current?.setScale(scale);
  }, [scale]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new catalogue (t) comes with a new language
  useEffect(() => {
    controllerRef.current?.setLanguage(languageRef.current);
  }, [lang, t]);

  return (
    <div className="map-wrap" ref={wrapRef}>
      <div ref={containerRef} className="map" data-testid="map" />
      {failure && (
        <div className="map-fallback">
          <NoWebglNote failure={failure} interactive={interactive} />
          <Suspense fallback={null}>
            <StaticCorridorSvg corridor={corridor} freeArea={freeArea} interactive={interactive} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
