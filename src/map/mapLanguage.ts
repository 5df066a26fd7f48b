// What the map says besides its labels, in the reader's language: MapLibre's own control texts
// (its `locale` table), the canvas's accessible name and the attribution line. Built from the
// catalogue by MapView and handed to the controller with the language.

import type { TFunction } from "../i18n/catalogue.ts";
import type { Lang } from "../i18n/languages.ts";

export interface MapLanguage {
  lang: Lang;
  /** MapLibre's UI strings by their ids (its default_locale table), the ones this map shows. */
  locale: Record<string, string>;
  /** The canvas's accessible name. */
  canvasLabel: string;
  /** The attribution line's credit for the corridor data. */
  dataCredit: string;
}

export function mapLanguage(lang: Lang, t: TFunction): MapLanguage {
  return {
    lang,
    locale: {
      "NavigationControl.ZoomIn": t("map.zoomIn"),
      "NavigationControl.ZoomOut": t("map.zoomOut"),
      "NavigationControl.ResetBearing": t("map.resetBearing"),
      "AttributionControl.ToggleAttribution": t("map.toggleAttribution"),
      "AttributionControl.MapFeedback": t("map.feedback"),
      "Map.Title": t("map.title"),
      "ScaleControl.Kilometers": t("map.scaleKm"),
      "ScaleControl.Meters": t("map.scaleM"),
    },
    canvasLabel: t("map.canvasLabel"),
    dataCredit: t("map.dataCredit"),
  };
}
