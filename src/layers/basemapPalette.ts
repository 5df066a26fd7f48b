// The basemap's calm, print-friendly colours, shared by the map style and the exported figures.

export const BASEMAP_PALETTE = {
  water: "#D6E4EC",
  land: "#F4F2EC",
  landCorridor: "#EEE9DC",
  border: "#A8A196",
  coast: "#8FA9B9",
  countryLabel: "#6F685E",
  seaLabel: "#3D6580",
  /** Rivers and lakes: a deeper blue than the sea, so a thin river reads on land. */
  river: "#7BA4C0",
  /** Lake, reservoir and river names: on water and on land (test/unit/palette.test.ts). */
  waterLabel: "#36607C",
  /** Cities and towns of the basemap: quieter than the corridor's places (nodeLabel). */
  cityLabel: "#4F4A43",
  cityDot: "#5F5A52",
  nodeLabel: "#1E1E1E",
  halo: "#FFFFFF",
  selection: "#111111",
  /** The halo of segments that changed since a date ("What changed since"). */
  changed: "#D6338A",
  /**
   * A route's halos: indigo, a hue no line kind, the "changed" magenta or the black selection
   * uses; strong under the chosen variant, a pale thin blue-grey under the others. Drawn at
   * their layer's opacity; test/unit/palette.test.ts checks them against land and water.
   */
  routeChosen: "#4B3BC4",
  routeOthers: "#6B7894",
} as const;

/** The countries the corridor crosses get a slightly warmer land tone. */
export const CORRIDOR_COUNTRIES = ["CN", "KZ", "AZ", "GE", "TR"];
