// The real factory: a MapLibre map, or an error the view shows when WebGL is missing.
import type { MapControllerFactory } from "./controllerApi.ts";
import { MapController } from "./MapController.ts";

function hasWebGL(): boolean {
  try {
    const canvas = document.createElement("canvas");
    return Boolean(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
  } catch {
    return false;
  }
}

export const createMapController: MapControllerFactory = (options) => {
  // i18n-ignore: the browser's reason, shown in English (lang=en) under the translated no-WebGL note
  if (!hasWebGL()) throw new Error("WebGL is not available.");
  return new MapController(options);
};
