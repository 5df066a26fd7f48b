// The views the basemap is looked at and checked in, in every engine (test/browser/basemap.test.ts,
// test/xbrowser/everyEngine.test.ts): zoom 4, 6 and 8 over Kazakhstan, the Caucasus and the
// Bosphorus, each with corridor places in view. And the in-page check, which runs as it is in
// any engine's page (no imports: it is sent to the page as source).

export const BASEMAP_VIEWS = [
  { name: "kazakhstan-z4", hash: "#map=4/45/68" },
  { name: "kazakhstan-z6", hash: "#map=6/43.6/69.5" },
  { name: "kazakhstan-z8", hash: "#map=8/44.8/65.5" },
  { name: "caucasus-z4", hash: "#map=4/41.5/45" },
  { name: "caucasus-z6", hash: "#map=6/41.5/45" },
  { name: "caucasus-z8", hash: "#map=8/41.9/43.75" },
  { name: "bosphorus-z4", hash: "#map=4/41/30" },
  { name: "bosphorus-z6", hash: "#map=6/41/29" },
  { name: "bosphorus-z8", hash: "#map=8/41.05/29" },
] as const;

export interface LabelOverlapReport {
  corridorLabels: string[];
  basemapLabels: string[];
  overlaps: Array<{ corridor: string; basemap: string; x: number; y: number }>;
}

/** In the page: once the map has nothing left to place, which names overlap (src/map/labelOverlaps.ts). */
export async function labelOverlapsInPage(): Promise<LabelOverlapReport> {
  const hook = (
    window as unknown as {
      __corridorMap: { whenIdle(): Promise<void>; labelOverlaps(): LabelOverlapReport };
    }
  ).__corridorMap;
  await hook.whenIdle();
  return hook.labelOverlaps();
}
