// How the route's two halos are drawn, once for the map (src/map/routeLayers.ts) and the SVG
// figure (src/render/routeHalo.ts): width in px at zoom 3 and at zoom 8 (the map ramps between
// them; a figure takes the first), and opacity (the palette test composes colours with it).
export const ROUTE_HALO = {
  chosen: { widths: [13, 20], opacity: 0.7 },
  others: { widths: [9, 13], opacity: 0.55 },
} as const;
