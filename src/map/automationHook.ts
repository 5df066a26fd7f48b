// What the browser tests and the benchmark may ask of the live map: where a place is on screen,
// whether the camera moves, which labels are drawn where. Read-only: nothing here changes the map
// but a repaint request.
import type { Map as MlMap } from "maplibre-gl";
import { labelOverlaps } from "./labelOverlaps.ts";
import {
  LAYER_CHANGED,
  LAYER_NODE_LABELS,
  LAYER_ROUTE_CHOSEN,
  LAYER_ROUTE_OTHERS,
  LAYER_SELECTED_OUTER,
  LAYER_SUBJECT_LABELS,
} from "./layerIds.ts";

/** A symbol's evaluated text-field: a string, or MapLibre's Formatted value (its sections' texts). */
function drawnText(value: unknown): string {
  if (typeof value === "string") return value;
  const sections = (value as { sections?: { text?: string }[] } | null)?.sections;
  return Array.isArray(sections) ? sections.map((s) => s.text ?? "").join("") : "";
}

/**
 * A small, read-only hook for the browser tests and the benchmark: where a place is on screen,
 * and whether the camera is still moving. It exposes no way to change the map.
 */
/** `changing`: the controller still has a change to apply (the highlight follows a frame later). */
export function exposeAutomationHook(map: MlMap, container: HTMLElement, changing: () => boolean) {
  const hook = {
    project(lon: number, lat: number) {
      const p = map.project([lon, lat]);
      const r = container.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    /** The camera moves, or the controller has yet to apply the selection. */
    isMoving: () => map.isMoving() || changing(),
    /** Resolves at the next moment the map has nothing left to draw or place. */
    whenIdle: () =>
      new Promise<void>((resolve) => {
        map.once("idle", () => resolve());
        map.triggerRepaint();
      }),
    /** Ids of the places whose subject label (the selection's names) is drawn in a page-px box. */
    subjectLabelsIn(x0: number, y0: number, x1: number, y1: number): string[] {
      const r = container.getBoundingClientRect();
      const box: [[number, number], [number, number]] = [
        [x0 - r.left, y0 - r.top],
        [x1 - r.left, y1 - r.top],
      ];
      return map
        .queryRenderedFeatures(box, { layers: [LAYER_SUBJECT_LABELS] })
        .map((f) => String(f.properties.id));
    },
    /** Drawn widths now, in px: the selection's casing, and the widest other line. */
    lineWidths(): { selected: number; others: number } {
      const width = (f: { layer: { paint?: unknown } }) =>
        Number((f.layer.paint as { "line-width"?: unknown } | undefined)?.["line-width"]) || 0;
      const all = map.queryRenderedFeatures();
      const selected = all.filter((f) => f.layer.id === LAYER_SELECTED_OUTER).map(width);
      const others = all
        .filter((f) => f.layer.id.startsWith("segments-") && f.layer.id !== "segments-hit")
        .map(width);
      return { selected: Math.max(0, ...selected), others: Math.max(0, ...others) };
    },
    /**
     * The segments drawn now (in view), each with the status it is drawn in: what the map shows
     * as of its date. The hit layer, drawn invisibly, does not count.
     */
    drawnSegments(): { id: string; status: string; built: boolean; changed: boolean }[] {
      const all = map.queryRenderedFeatures();
      const changed = new Set(
        all.filter((f) => f.layer.id === LAYER_CHANGED).map((f) => String(f.properties.id)),
      );
      const seen = new Map<string, { id: string; status: string; built: boolean; changed: boolean }>();
      for (const f of all) {
        if (!f.layer.id.startsWith("segments-") || f.layer.id === "segments-hit") continue;
        const id = String(f.properties.id);
        const built = f.layer.id.endsWith("-built");
        seen.set(id, { id, status: String(f.properties.status), built, changed: changed.has(id) });
      }
      return [...seen.values()];
    },
    /** Ids of the segments drawn now under the route's halos: the chosen variant's, the others'. */
    routeSegments(): { chosen: string[]; others: string[] } {
      const ids = (layer: string) => [
        ...new Set(map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id))),
      ];
      return { chosen: ids(LAYER_ROUTE_CHOSEN), others: ids(LAYER_ROUTE_OTHERS) };
    },
    /** The smallest text size, in px, of the place labels drawn now, per label layer. */
    labelSizes(): Record<string, number> {
      const sizes: Record<string, number> = {};
      for (const id of [LAYER_NODE_LABELS, LAYER_SUBJECT_LABELS])
        for (const f of map.queryRenderedFeatures({ layers: [id] })) {
          const px = Number((f.layer.layout as { "text-size"?: unknown } | undefined)?.["text-size"]);
          sizes[id] = Math.min(sizes[id] ?? Number.POSITIVE_INFINITY, px);
        }
      return sizes;
    },
    /** The texts drawn now by the label layers, by layer id: what the reader sees, in its language. */
    labelTexts(): Record<string, string[]> {
      const out: Record<string, string[]> = {};
      for (const f of map.queryRenderedFeatures()) {
        if (f.layer.type !== "symbol") continue;
        const text = drawnText((f.layer.layout as { "text-field"?: unknown } | undefined)?.["text-field"]);
        if (text) out[f.layer.id] = [...(out[f.layer.id] ?? []), text];
      }
      return out;
    },
    /** The font files the map was given, by font name (the style's font-faces). */
    fontFaceUrls(): string[] {
      const faces = (map.getStyle()["font-faces"] ?? {}) as Record<string, { url: string }[]>;
      return Object.values(faces).flatMap((list) => list.map((f) => f.url));
    },
    /** The map's own control texts (MapLibre's buttons) and the canvas's name. */
    controlTexts(): string[] {
      const names = [...container.querySelectorAll("button[title], button[aria-label]")].map(
        (b) => b.getAttribute("aria-label") ?? b.getAttribute("title") ?? "",
      );
      return [...names, map.getCanvas().getAttribute("aria-label") ?? ""];
    },
    /** Basemap names drawn over corridor names, by MapLibre's placement (labelOverlaps.ts). */
    labelOverlaps: () => labelOverlaps(map),
  };
  (window as unknown as { __corridorMap?: typeof hook }).__corridorMap = hook;
}
