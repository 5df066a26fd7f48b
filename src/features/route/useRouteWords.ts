// The reader's words for the Route region, with the names from the shown data's route graph.
import { useMemo } from "react";
import { useI18n } from "../../i18n/i18nContext.ts";
import { selectRouteGraph } from "../../state/routeSelectors.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { graphNames, type RouteWords, routeWords } from "./routeWords.ts";

export function useRouteWords(): RouteWords {
  const i18n = useI18n();
  const graph = useAppStore(selectRouteGraph);
  return useMemo(() => routeWords(i18n, graph ? graphNames(graph) : null), [i18n, graph]);
}
