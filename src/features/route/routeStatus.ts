// The Route region's status line in the reader's language: how many routes, or why there is
// none, from the ids the route finder gives with its reason (src/route/findRoutes.ts). Pure.
import { KINDS } from "../../layers/registry.ts";
import type { RouteResult } from "../../route/findRoutes.ts";
import type { RouteWords } from "./routeWords.ts";

/** The kinds routes can use, named as the legend names them ("railway, road, sea crossing"). */
function routableSaid(w: RouteWords): string {
  return Object.entries(KINDS)
    .filter(([, spec]) => spec.routable)
    .map(([, spec]) => w.say(spec.labelKey, spec.label).toLocaleLowerCase(w.locale))
    .join(w.t("route.listSep"));
}

export function routeStatus(result: RouteResult | null, w: RouteWords): string {
  if (result === null) return w.t("route.choose");
  switch (result.type) {
    case "routes":
      return w.t("route.found", { count: result.routes.length });
    case "same":
      return w.t("route.same", { place: w.place(result.place) });
    case "unknown-place":
      return w.t("route.unknownPlace", { ids: result.ids.map((id) => `“${id}”`).join(w.t("route.listSep")) });
    case "no-path": {
      const ends = { from: w.place(result.from), to: w.place(result.to) };
      if (result.via)
        return w.t("route.noPathVia", {
          ...ends,
          via: result.via.map((v) => w.place(v)).join(w.t("route.then")),
        });
      const why = result.off.length
        ? ` ${w.t("route.offNetwork", {
            count: result.off.length,
            places: w.list(result.off.map((id) => w.place(id))),
            kinds: routableSaid(w),
          })}`
        : "";
      return `${w.t("route.noPath", ends)}${why}`;
    }
  }
}
