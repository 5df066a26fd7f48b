// The layer registry's words in English (src/layers/registry.ts): its layer groups, kinds of
// line and their patterns, statuses, roles and kinds of place. Part of the English catalogue:
// en.ts spreads them in where they always stood, so its keys and type are unchanged. A module of
// their own because the registry is in every page, the still embed's too, and the rest of the
// catalogue is not: the still embed takes its words from its lite file.
export const registryWords = {
  "group.transport": "Transport",
  "group.energy": "Energy",
  "group.telecom": "Telecom",
  "group.trade": "Trade flows",

  "kind.rail": "Railway",
  "kind.road": "Road",
  "kind.sea": "Sea crossing",
  "kind.pipeline": "Oil pipeline",
  "kind.power-cable": "Power cable",
  "kind.fiber": "Fibre-optic cable",
  "kind.trade-flow": "Trade flow",

  "pattern.rail": "solid",
  "pattern.road": "paired dashes",
  "pattern.sea": "dashed",
  "pattern.pipeline": "dash-dot-dot",
  "pattern.power-cable": "dash-dot",
  "pattern.fiber": "dotted",
  "pattern.trade-flow": "long dash",

  "status.operational": "Operational",
  "status.under-construction": "Under construction",
  "status.agreed": "Agreed",
  "status.planned": "Planned",
  "status.proposed": "Proposed",
  "status.none": "Not yet proposed",

  "role.main": "Main route",
  "role.branch": "Branch of the main route",
  "role.variant": "Variant route",
  "role.alternative": "Alternative route",

  "nodeKind.port": "Port",
  "nodeKind.border-crossing": "Border crossing",
  "nodeKind.terminal": "Terminal",
  "nodeKind.junction": "Rail junction",
  "nodeKind.city": "City",
  "nodeKind.landing-point": "Cable landing",
  "nodeKinds.port": "Ports",
  "nodeKinds.border-crossing": "Border crossings",
  "nodeKinds.terminal": "Terminals",
  "nodeKinds.junction": "Rail junctions",
  "nodeKinds.city": "Cities",
  "nodeKinds.landing-point": "Cable landings",
} as const;
