// The map's place in the page. Creates the controller once, hands it to the binding, and when
// the browser cannot draw the map (no WebGL) says so and shows a still SVG overview instead.
import { lazy, Suspense, useLayoutEffect, useRef, useState } from "react";
import type { Corridor } from "../data/corridor.ts";
import { useStoreApi } from "../state/StoreContext.tsx";
import { bindController } from "./bindController.ts";
import type { Insets, MapControllerApi } from "./controllerApi.ts";
import { useMapFactory } from "./MapFactoryContext.ts";

// Loaded only when needed: a browser with WebGL never fetches it.
const StaticCorridorSvg = lazy(() => import("../features/overview/StaticCorridorSvg.tsx"));

export function MapView({
  corridor,
  overlayInsets,
  interactive = true,
  presentation = false,
  onController,
}: {
  corridor: Corridor;
  overlayInsets?: () => Partial<Insets>;
  interactive?: boolean;
  presentation?: boolean;
  /** Told of the controller when it is made and (with null) when it goes, for figure export. */
  onController?: (controller: MapControllerApi | null) => void;
}) {
  const store = useStoreApi();
  const factory = useMapFactory();
  const containerRef = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The note floats over the still overview's top left corner; the picture keeps clear of it.
  const noteRef = useRef<HTMLDivElement>(null);
  const [noteBottom, setNoteBottom] = useState(0);
  useLayoutEffect(() => {
    const note = noteRef.current;
    if (failure && note) setNoteBottom(note.offsetTop + note.offsetHeight);
  }, [failure]);
  // Read at each fit through a ref, so a new function on re-render does not recreate the map.
  const insetsRef = useRef(overlayInsets);
  insetsRef.current = overlayInsets;
  const onControllerRef = useRef(onController);
  onControllerRef.current = onController;

  // A layout effect: the map starts before the browser first paints the page around it.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    try {
      // Created and bound in one step, so no store change can fall between the two.
      const controller = factory({
        container,
        corridor,
        initialCamera: store.getState().camera,
        interactive,
        presentation,
        overlayInsets: () => insetsRef.current?.() ?? {},
      });
      const unbind = bindController(controller, store, corridor);
      onControllerRef.current?.(controller);
      return () => {
        onControllerRef.current?.(null);
        unbind();
        controller.destroy();
      };
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
      // The still overview stands in for the map: an embedding page still hears that the frame
      // is ready, and its height.
      store.getState().setMapReady();
      return undefined;
    }
  }, [factory, store, corridor, interactive, presentation]);

  return (
    <div className="map-wrap">
      <div ref={containerRef} className="map" data-testid="map" />
      {failure && (
        <div className="map-fallback">
          <div ref={noteRef} className="map-fallback-note" role="alert">
            <p>
              <strong>The interactive map cannot be drawn in this browser</strong> (it needs WebGL, which is
              switched off or missing here). Below is a still overview drawn from the same data.
              {interactive && " Click a line in it to read its details and sources."}
            </p>
            <p className="map-fallback-detail">{failure}</p>
          </div>
          <Suspense fallback={null}>
            <StaticCorridorSvg
              corridor={corridor}
              insets={overviewInsets(insetsRef.current?.() ?? {}, noteBottom)}
              interactive={interactive}
            />
          </Suspense>
        </div>
      )}
    </div>
  );
}

/** The overlays' insets, and below the note, whichever reaches further down. */
function overviewInsets(insets: Partial<Insets>, noteBottom: number): Partial<Insets> {
  return { ...insets, top: Math.max(insets.top ?? 0, noteBottom) };
}
