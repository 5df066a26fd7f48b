// Names a segment or place by id in the reader's language, for lists built from the time
// functions (which carry the English name): the timeline's line, What changed.
import { useAppStore } from "../state/StoreContext.tsx";
import { useI18n } from "./i18nContext.ts";
import { localName } from "./localName.ts";

export function useFeatureName(): (type: "segment" | "node", id: string, english: string) => string {
  const { lang } = useI18n();
  const corridor = useAppStore((s) => (s.load.status === "ready" ? s.load.corridor : null));
  return (type, id, english) => {
    const feature = type === "segment" ? corridor?.segmentById.get(id) : corridor?.nodeById.get(id);
    return feature ? localName(feature.properties, lang) : english;
  };
}
