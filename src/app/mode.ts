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
}

export interface ModeState {
  mode: Mode;
  embed: EmbedOptions;
  /** In present mode: this window is the presenter's view (notes, timer, controls). */
  presenter: boolean;
  /** In present mode: this window is the presenter's preview of the audience's screen (it
   * follows the presenter and sends nothing). */
  preview: boolean;
}

export const DEFAULT_EMBED: EmbedOptions = { legend: true, interactive: true, height: 600 };
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
    return { mode: "explore", embed: DEFAULT_EMBED, presenter: false, preview: false };
  }
  const mode: Mode = flag(params.get("embed"), false)
    ? "embed"
    : flag(params.get("present"), false)
      ? "present"
      : "explore";
  // Digits only: Number() would also take " 5e2 " or "0x1F4".
  const raw = params.get("height") ?? "";
  const h = /^\d{1,4}$/.test(raw) ? Number(raw) : Number.NaN;
  return {
    mode,
    embed: {
      legend: flag(params.get("legend"), DEFAULT_EMBED.legend),
      interactive: !flag(params.get("static"), false),
      height: h >= EMBED_HEIGHT_RANGE[0] && h <= EMBED_HEIGHT_RANGE[1] ? h : DEFAULT_EMBED.height,
    },
    presenter: mode === "present" && flag(params.get("presenter"), false),
    preview: mode === "present" && flag(params.get("preview"), false),
  };
}

/** The query string for an embed with these options (defaults left out). */
export function serializeEmbed(options: EmbedOptions): string {
  const params = new URLSearchParams({ embed: "1" });
  if (options.height !== DEFAULT_EMBED.height) params.set("height", String(options.height));
  if (!options.legend) params.set("legend", "0");
  if (!options.interactive) params.set("static", "1");
  return `?${params.toString()}`;
}
