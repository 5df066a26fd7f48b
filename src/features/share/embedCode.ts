// Builds the permalink and the iframe embed code from the current state and the chosen
// options. Pure, so the tests pin the exact code authors paste into their pages.
import type { EmbedOptions } from "../../app/mode.ts";
import { serializeEmbed } from "../../app/mode.ts";
import { en } from "../../i18n/catalogues/en.ts";
import { DEFAULT_LANG, type Lang } from "../../i18n/languages.ts";
import { translate } from "../../i18n/translate.ts";
import { defaultVisibleGroups, type LayerGroup } from "../../layers/registry.ts";
import type { RouteQuery } from "../../route/routeQuery.ts";
import type { MapView, Selection } from "../../state/types.ts";
import type { DayDate } from "../../time/dates.ts";
import { serializeHash } from "../../url/hashState.ts";

export interface EmbedChoice extends EmbedOptions {
  /** Width: "responsive" fills the host's column; otherwise a fixed width in px. */
  width: "responsive" | number;
  /** Keep the current selection in the embed. */
  includeSelection: boolean;
  /** Keep the route shown (and its summary table under the map); absent = yes, when there is one. */
  includeRoute?: boolean;
  layers: LayerGroup[];
  /** The embed's language (`lang=`, PRODUCT.md); absent or English: none written. */
  lang?: Lang;
}

/**
 * What links and embeds carry besides view, selection and layers: the date the map shows, the
 * "changes since" date, and the route with the variant shown (1-based).
 */
export interface SharedTime {
  date?: DayDate | null;
  since?: DayDate | null;
  route?: RouteQuery | null;
  variant?: number | null;
}

/**
 * What each kind of embed downloads before it shows (gzip, KB), fonts and data included: from
 * `npm run bench` (scripts/bench/embedBench.ts, bench/results.json `embeds`), 2 December 2026.
 * Said in the Share dialog, so an author can choose; update them when the bench moves them.
 */
export const EMBED_WEIGHT_KB = { still: 142, interactive: 1142 } as const;

/** KB rounded to tens (hundreds above 1,000): what the numbers can honestly say. */
export function roundKb(kb: number): number {
  const step = kb >= 1000 ? 100 : 10;
  return Math.round(kb / step) * step;
}

/** "about 1,000 KB", in English (the dialog says it in the reader's language: share.aboutKb). */
export function aboutKb(kb: number): string {
  return translate(en, "en-GB", "share.aboutKb", { kb: roundKb(kb) });
}

/**
 * `lang=` for a link or an embed, as a query parameter after the others ("&lang=ru"), or "" for
 * English, which the contract lets a link leave out.
 */
export function langParam(lang: Lang | undefined, first: boolean): string {
  if (!lang || lang === DEFAULT_LANG) return "";
  return `${first ? "?" : "&"}lang=${lang}`;
}

/** Height the footer under the embedded map (legend and credits) adds. */
export const EMBED_FOOTER_PX = 50;
/** Height the route's summary table adds to the footer (its headline and one row). */
export const EMBED_ROUTE_PX = 72;

/** Whether the embed shows a route: there is one and the author kept it. */
export const embedShowsRoute = (choice: EmbedChoice, time: SharedTime) =>
  Boolean(time.route) && choice.includeRoute !== false;

export function permalink(
  base: string,
  view: MapView | null,
  selection: Selection,
  layers: readonly LayerGroup[],
  time: SharedTime = {},
  lang?: Lang,
): string {
  const hash = serializeHash({ view, selection, layers: [...layers], ...time }, defaultVisibleGroups());
  return `${base}${langParam(lang, true)}${hash}`;
}

export function embedUrl(
  base: string,
  choice: EmbedChoice,
  view: MapView | null,
  selection: Selection,
  time: SharedTime = {},
): string {
  const hash = serializeHash(
    {
      view,
      selection: choice.includeSelection ? selection : { type: "none" },
      layers: choice.layers,
      ...time,
      ...(embedShowsRoute(choice, time) ? {} : { route: null, variant: null }),
    },
    defaultVisibleGroups(),
  );
  return `${base}${serializeEmbed(choice)}${langParam(choice.lang, false)}${hash}`;
}

const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The HTML an author pastes: a sandboxed iframe and, optionally, the script that sizes it. */
export function embedSnippet(
  base: string,
  choice: EmbedChoice,
  view: MapView | null,
  selection: Selection,
  time: SharedTime = {},
  /** The frame's title for the host page's readers: the map's name in the embed's language. */
  title: string = en["app.title"],
): string {
  const src = embedUrl(base, choice, view, selection, time);
  const width = choice.width === "responsive" ? "100%" : String(choice.width);
  const height =
    choice.height +
    (choice.legend ? EMBED_FOOTER_PX : EMBED_FOOTER_PX - 22) +
    (embedShowsRoute(choice, time) ? EMBED_ROUTE_PX : 0);
  return [
    `<iframe src="${attr(src)}" title="${attr(title)}" width="${width}" height="${height}"`,
    `  style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"`,
    `  sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>`,
    `<script src="${attr(`${base}embed.js`)}" defer></script>`,
  ].join("\n");
}
