// Where a fact or an event comes from: a "source" link (opened safely) and/or a note.

import type { Fact } from "../../data/schema.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { DataEnglish } from "../../i18n/LocalText.tsx";
import { ExternalLink } from "../../ui/ExternalLink.tsx";

export function RefLinks({ reference }: { reference: Fact["ref"] }) {
  const { t } = useI18n();
  return (
    <span className="fact-ref">
      {reference.url ? <ExternalLink href={reference.url}>{t("ref.source")}</ExternalLink> : null}
      {reference.note ? (
        <span className="fact-note">
          {" "}
          <DataEnglish>{reference.note}</DataEnglish>
        </span>
      ) : null}
    </span>
  );
}
