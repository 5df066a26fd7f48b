// The details of a place on the corridor: a port, border crossing, terminal or junction.

import type { NodeFeature } from "../../data/corridorTypes.ts";
import { countryNameIn } from "../../i18n/countryName.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { DataEnglish } from "../../i18n/LocalText.tsx";
import { localName } from "../../i18n/localName.ts";
import { NODE_KINDS_SPEC } from "../../layers/registry.ts";
import { useRouteHere } from "../route/routeContext.ts";
import { useShownDay } from "../timeline/useShownDay.ts";
import { AnnotationList } from "./AnnotationList.tsx";
import { DetailsFrame } from "./DetailsFrame.tsx";
import { FactList } from "./FactList.tsx";
import { HistoryList } from "./HistoryList.tsx";

export function NodeDetails({ node, onClose }: { node: NodeFeature; onClose: () => void }) {
  const p = node.properties;
  const shown = useShownDay();
  const routeHere = useRouteHere();
  const { t, lang } = useI18n();
  return (
    <DetailsFrame label={t("details.place")} title={localName(p, lang)} onClose={onClose}>
      <dl className="details-meta">
        <div>
          <dt>{t("details.kind")}</dt>
          <dd>{t(NODE_KINDS_SPEC[p.kind].labelKey)}</dd>
        </div>
        <div>
          <dt>{t("details.country")}</dt>
          <dd>{countryNameIn(p.country, lang)}</dd>
        </div>
      </dl>
      {routeHere && (
        <div className="details-actions">
          <button type="button" onClick={() => routeHere("from", p.id)}>
            {t("details.routeFrom")}
          </button>
          <button type="button" onClick={() => routeHere("to", p.id)}>
            {t("details.routeTo")}
          </button>
        </div>
      )}
      {p.note && (
        <p className="route-note" role="note">
          <DataEnglish marked>{p.note}</DataEnglish>
        </p>
      )}
      <HistoryList history={p.history ?? []} day={shown.day} />
      <AnnotationList annotations={p.annotations} />
      <FactList facts={p.facts} />
    </DetailsFrame>
  );
}
