// Which catalogue texts the still embed shows, picked by key: the build writes them into each
// language's lite file (scripts/corridorDataPlugin.ts), the one-file build picks them at run
// time. Pure, no React: the build imports it.
import type { Catalogue, Message, MessageKey } from "../i18n/catalogue.ts";

/**
 * What the still embed says: its title, legend (kinds, patterns, statuses), as-of stamp and
 * dates, credits and links, its own texts, and the route summary of a route link. Prefixes, so
 * a key added to one of these areas reaches the picture without a change here.
 */
export const STILL_TEXT_KEYS: readonly string[] = [
  "app.title",
  "kind.",
  "pattern.",
  "status.",
  "legend.",
  "badge.",
  "date.",
  "number.",
  "unit.",
  "link.",
  "embed.",
  "still.",
  "route.",
];

const wanted = (key: string) =>
  STILL_TEXT_KEYS.some((k) => (k.endsWith(".") ? key.startsWith(k) : key === k));

/** The still embed's texts out of a whole catalogue (what the build writes into the lite file). */
export function stillTexts(catalogue: Catalogue): Partial<Record<MessageKey, Message>> {
  return Object.fromEntries(Object.entries(catalogue).filter(([key]) => wanted(key)));
}
