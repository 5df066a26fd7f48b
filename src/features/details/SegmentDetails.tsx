// The details panel of a segment (PRODUCT.md: region "Segment details" whose h2 is its name).

import type { SegmentFeature } from "../../data/corridorTypes.ts";
import { countryNameIn } from "../../i18n/countryName.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { DataEnglish } from "../../i18n/LocalText.tsx";
import { localName } from "../../i18n/localName.ts";
import { KINDS, ROLE_LABEL_KEYS } from "../../layers/registry.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { formatKm } from "../../ui/format.ts";
import { LineSwatch } from "../../ui/LineSwatch.tsx";
import { useShownDay } from "../timeline/useShownDay.ts";
import { AnnotationList } from "./AnnotationList.tsx";
import { DetailsFrame } from "./DetailsFrame.tsx";
import { FactList } from "./FactList.tsx";
import { HistoryList } from "./HistoryList.tsx";
import { RefLinks } from "./RefLinks.tsx";
import { StatusAsOf } from "./StatusAsOf.tsx";

export function SegmentDetails({ segment, onClose }: { segment: SegmentFeature; onClose: () => void }) {
  const p = segment.properties;
  const shown = useShownDay();
  const isFlow = KINDS[p.kind].flow;
  const { t, lang, formats } = useI18n();
  // The end places by their names in the reader's language (the data names each in every one).
  const nodeById = useAppStore((s) => (s.load.status === "ready" ? s.load.corridor.nodeById : null));
  const placeName = (id: string, english: string) => {
    const node = nodeById?.get(id);
    return node ? localName(node.properties, lang) : english;
  };
  return (
    <DetailsFrame label={t("details.segment")} title={localName(p, lang)} onClose={onClose}>
      <dl className="details-meta">
        <div>
          <dt>{t("details.kind")}</dt>
          <dd>
            <LineSwatch kind={p.kind} status={p.status} /> {t(KINDS[p.kind].labelKey)}
          </dd>
        </div>
        <div>
          <dt>{t("details.status")}</dt>
          <dd>
            <StatusAsOf history={p.history ?? []} current={p.status} shown={shown} />
          </dd>
        </div>
        {p.role !== "main" && (
          <div>
            <dt>{t("details.role")}</dt>
            <dd>{t(ROLE_LABEL_KEYS[p.role])}</dd>
          </div>
        )}
        <div>
          <dt>{isFlow ? t("details.flow") : t("details.route")}</dt>
          <dd>
            {placeName(p.from, p.fromName)} → {placeName(p.to, p.toName)}
          </dd>
        </div>
        <div>
          <dt>{t("details.countries")}</dt>
          <dd>{p.countries.map((c) => countryNameIn(c, lang)).join(", ")}</dd>
        </div>
        {!isFlow && (
          <div>
            <dt>{t("details.length")}</dt>
            <dd>
              {formatKm(p.lengthKm, formats)} <span className="muted small">{t("details.alongLine")}</span>
            </dd>
          </div>
        )}
        {p.referenceLength && (
          <div>
            <dt>{t("details.published")}</dt>
            <dd>
              {formatKm(p.referenceLength.km, formats)} <RefLinks reference={p.referenceLength.ref} />
            </dd>
          </div>
        )}
      </dl>
      {p.routeNote && (
        <p className="route-note" role="note">
          <DataEnglish marked>{p.routeNote}</DataEnglish>
        </p>
      )}
      {p.description && (
        <p className="details-description">
          <DataEnglish marked>{p.description}</DataEnglish>
        </p>
      )}
      <HistoryList history={p.history ?? []} day={shown.day} />
      <AnnotationList annotations={p.annotations} />
      <FactList facts={p.facts} />
    </DetailsFrame>
  );
}
