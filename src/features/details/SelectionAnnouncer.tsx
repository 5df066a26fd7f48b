// Tells screen-reader users what was selected, wherever the selection came from.

import { useI18n } from "../../i18n/i18nContext.ts";
import { localName } from "../../i18n/localName.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { selectedNode, selectedSegment } from "../../state/selectors.ts";

export function SelectionAnnouncer() {
  const segment = useAppStore(selectedSegment);
  const node = useAppStore(selectedNode);
  const { t, lang } = useI18n();
  const text = segment
    ? t("details.selectedSegment", {
        name: localName(segment.properties, lang),
        count: segment.properties.annotations.length,
      })
    : node
      ? t("details.selectedPlace", { name: localName(node.properties, lang) })
      : "";
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {text}
    </p>
  );
}
