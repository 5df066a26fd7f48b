// The data baked into the single-file build, or null in the normal build (see
// scripts/inlineDataPlugin.ts). Loaders use it instead of fetching when it is there.
import inline from "virtual:inline-data";
import type { CorridorCollection } from "./corridorTypes.ts";
import type { SourceText } from "./fetchSources.ts";

export interface InlineData {
  corridor: CorridorCollection;
  sources: SourceText[];
  basemap: unknown;
}

export const INLINE_DATA = inline as InlineData | null;
