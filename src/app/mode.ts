// The app's modes as an explicit union, read from the query string (PRODUCT.md: `?embed=1`).
// Query parameters hold how the page is shown; the hash holds what it shows (view, selection).

export type Mode = "explore" | "embed" | "present";

export interface EmbedOptions {
  /** Show the compact legend. */
  legend: boolean;
  /** Pan, zoom and click; false gives a still picture of the view. */
  interactive: boolean;
  /** Height of the map in px; the page posts its full height to the host. */
  height: number;
  /** A still picture offers "Explore", which turns it into the interactive map (`explore=0`: not). */
  explore: boolean;
}

/** Which window of a briefing this is: the audience's screen, the presenter's notes and
 * controls (`&presenter=1`), or the presenter's small preview of the audience's screen
 * (`&preview=1`, which follows and sends nothing). */
export type PresentWindow = "audience" | "presenter" | "preview";

/** How the page is shown; the options of a mode exist only in that mode. */
export type ModeState =
  | { mode: "explore" }
  | { mode: "embed"; embed: EmbedOptions }
  | { mode: "present"; window: PresentWindow };

export const EXPLORE: ModeState = { mode: "explore" };

/** The embed options in force: an embed's own, otherwise the defaults. */
export const embedOptionsOf = (m: ModeState): EmbedOptions => (m.mode === "embed" ? m.embed : DEFAULT_EMBED);

export const DEFAULT_EMBED: EmbedOptions = { legend: true, interactive: true, height: 600, explore: true };
export const EMBED_HEIGHTS = [400, 600, 800] as const;
/** The map heights a URL may ask for, in px (the embed code offers EMBED_HEIGHTS). */
export const EMBED_HEIGHT_RANGE = [200, 2000] as const;

const flag = (v: string | null, fallback: boolean) =>
  v === "1" || v === "true" ? true : v === "0" || v === "false" ? false : fallback;

export function parseMode(search: string): ModeState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return EXPLORE;
  }
  if (flag(params.get("embed"), false)) {
    // Digits only: Number() would also take " 5e2 " or "0x1F4".
    const raw = params.get("height") ?? "";
    const h = /^\d{1,4}$/.test(raw) ? Number(raw) : Number.NaN;
    return {
      mode: "embed",
      embed: {
        legend: flag(params.get("legend"), DEFAULT_EMBED.legend),
        interactive: !flag(params.get("static"), false),
        explore: flag(params.get("explore"), DEFAULT_EMBED.explore),
        height: h >= EMBED_HEIGHT_RANGE[0] && h <= EMBED_HEIGHT_RANGE[1] ? h : DEFAULT_EMBED.height,
      },
    };
  }
  if (flag(params.get("present"), false)) {
    const window: PresentWindow = flag(params.get("presenter"), false)
      ? "presenter"
      : flag(params.get("preview"), false)
        ? "preview"
        : "audience";
    return { mode: "present", window };
  }
  return EXPLORE;
}

/** The query string for an embed with these options (defaults left out). */
export function serializeEmbed(options: EmbedOptions): string {
  const params = new URLSearchParams({ embed: "1" });
  if (options.height !== DEFAULT_EMBED.height) params.set("height", String(options.height));
  if (!options.legend) params.set("legend", "0");
  if (!options.interactive) params.set("static", "1");
  if (!options.interactive && !options.explore) params.set("explore", "0");
  return `?${params.toString()}`;
}

/** A still embed: a picture drawn without the map library (src/still/, started by src/boot.ts). */
export const isStillEmbed = (m: ModeState): m is { mode: "embed"; embed: EmbedOptions } =>
  m.mode === "embed" && !m.embed.interactive;
