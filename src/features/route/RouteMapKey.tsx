// What the route's halos on the map mean, beside the variants: the same colours and opacities
// the map style draws them with (src/map/routeLayers.ts), so the key cannot drift from the map.

import { useI18n } from "../../i18n/i18nContext.ts";
import { BASEMAP_PALETTE as PALETTE } from "../../layers/basemapPalette.ts";
import { ROUTE_CHOSEN_OPACITY, ROUTE_OTHERS_OPACITY } from "../../map/routeLayers.ts";

const Swatch = ({ color, opacity, height }: { color: string; opacity: number; height: number }) => (
  <span className="route-key-swatch" aria-hidden="true" style={{ background: color, opacity, height }} />
);

export function RouteMapKey({ others }: { others: boolean }) {
  const { t } = useI18n();
  return (
    <p className="route-key muted small">
      {t("route.keyOnMap")} <Swatch color={PALETTE.routeChosen} opacity={ROUTE_CHOSEN_OPACITY} height={8} />{" "}
      {t("route.keyChosen")}
      {others && (
        <>
          , <Swatch color={PALETTE.routeOthers} opacity={ROUTE_OTHERS_OPACITY} height={5} />{" "}
          {t("route.keyOthers")}
        </>
      )}
    </p>
  );
}
