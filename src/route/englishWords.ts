// The route's own English texts (a reason why there is no route, a border's or a gauge change's
// label), written from the English catalogue, so the wording has one home: the Route region says
// the same things in the reader's language from the ids beside them (src/features/route/).
import type { ParamsOf } from "../i18n/catalogue.ts";
import { en } from "../i18n/catalogues/en.ts";
import { translate } from "../i18n/translate.ts";

type RouteKey = Extract<keyof typeof en, `route.${string}`>;

export function english<K extends RouteKey>(key: K, params: ParamsOf<K>): string {
  return translate(en, "en-GB", key, params as Record<string, string | number>);
}
