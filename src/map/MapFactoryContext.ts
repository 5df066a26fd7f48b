// Which map controller the app uses: MapLibre in the app, a fake in component tests.
import { createContext, useContext } from "react";
import type { MapControllerFactory } from "./controllerApi.ts";

export const MapFactoryContext = createContext<MapControllerFactory | null>(null);

export function useMapFactory(): MapControllerFactory {
  const factory = useContext(MapFactoryContext);
  // i18n-ignore: a developer's error
  if (!factory) throw new Error("No map controller factory: wrap the app in <MapFactoryContext.Provider>");
  return factory;
}
