// The English interface texts: the source catalogue. Its keys are the catalogue type
// (src/i18n/catalogue.ts), so every other language must have exactly these keys, and t() takes
// only these. `{name}` is filled in; a plural gives one text per CLDR category ("one", "other").
// Bundled with the app; the others load when chosen.
export const en = {
  "app.title": "Middle Corridor Map",
  "app.subtitle": "Rail, sea, cable and pipeline links from China to Europe, with what the sources say",
  "app.skipToList": "Skip to the segment list",
  "app.list": "List",
  "app.addSource": "Add a source",
  "app.share": "Share",
  "app.export": "Export",
  "app.present": "Present",
  "app.language": "Language",

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

  "topic.infrastructure": "infrastructure",
  "topic.transit": "transit",
  "topic.customs": "customs",
  "topic.energy": "energy",
  "topic.telecom": "telecom",
  "topic.trade": "trade",
  "topic.diplomacy": "diplomacy",
  "topic.logistics": "logistics",

  "legend.region": "Legend and layers",
  "legend.heading": "Legend",
  "legend.compact": "Legend",
  "legend.show": "Show",
  "legend.hide": "Hide",
  "legend.patternLine": "{pattern} line",
  "legend.built": "built",
  "legend.unbuilt": "planned or agreed (lighter)",
  "legend.unbuiltShort": "planned or agreed",

  "list.segments": "Segments",
  "list.filling": { one: "Listing {count} segment…", other: "Listing {count} segments…" },
  "list.allOff": "All layers are switched off. Switch one on in the legend.",
  "list.places": "Places",
  "list.placesCount": "Places ({count})",
  "list.annotationCount": { one: "{count} annotation", other: "{count} annotations" },

  "details.segment": "Segment details",
  "details.place": "Place details",
  "details.close": "Close details",
  "details.expand": "Expand details",
  "details.collapse": "Collapse details",
  "details.kind": "Kind",
  "details.status": "Status",
  "details.role": "Role",
  "details.route": "Route",
  "details.flow": "Flow",
  "details.countries": "Countries",
  "details.country": "Country",
  "details.length": "Length",
  "details.alongLine": "along the drawn line",
  "details.published": "Published",
  "details.routeFrom": "Route from here",
  "details.routeTo": "Route to here",
  "details.asOf": "as of {date}",
  "details.asToday": ", as today",
  "details.today": "; today",
  "details.selectedSegment": {
    one: "Selected segment: {name}. {count} annotation.",
    other: "Selected segment: {name}. {count} annotations.",
  },
  "details.selectedPlace": "Selected place: {name}.",

  "history.heading": "History",
  "history.target": "Target: ",
  "history.now": " (as of the date shown)",
  "history.later": " (later)",

  "annotations.heading": "What the sources say ({count})",
  "annotations.headingFiltered": "What the sources say ({shown} of {count})",
  "annotations.topic": "Topic",
  "annotations.source": "Source",
  "annotations.all": "all",
  "annotations.none": "No source article speaks of this yet.",
  "annotations.noMatch": "No annotation matches these filters.",
  "annotation.label": "Annotation: {topic}",
  "annotation.draftLabel": "Draft annotation: {topic}",
  "annotation.draft": "Draft",
  "annotation.readInSource": "Read in source",
  "annotation.original": "Original article",
  "annotation.noUrl": " (no public URL known)",
  "annotation.edit": "Edit",
  "annotation.editLabel": "Edit this annotation ({outlet}, {date})",
  "annotation.inEnglish": "(in English)",

  "facts.heading": "Facts and their sources",
  "facts.differ": "sources differ",
  "link.newTab": " (opens in a new tab)",
  "ref.source": "source",

  // Dates are written from these words, not from the engine's Intl data (Chromium's has no
  // Kazakh month names): months in a date with a day, then alone; 12 each, comma-separated.
  "date.months": "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec",
  "date.monthsAlone": "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec",
  "date.day": "{day} {month} {year}",
  "date.month": "{month} {year}",
  "date.year": "{year}",
  // Digit grouping and decimal mark, from here too: some engines lack a locale's number data.
  "number.group": ",",
  "number.decimal": ".",
  "unit.km": "{km} km",
  "date.yearInferred": "{date} (year inferred)",

  "timeline.region": "Timeline",
  "timeline.asOfLabel": "As of",
  "timeline.asOf": "As of {date}",
  "timeline.todayTag": " (today)",
  "timeline.today": "Today",
  "timeline.play": "Play",
  "timeline.pause": "Pause",
  "timeline.speed": "Speed",
  "timeline.slow": "Slow",
  "timeline.normal": "Normal",
  "timeline.fast": "Fast",
  "timeline.changesSince": "Changes since…",
  "timeline.afterToday": "After today: targets only. ",
  "timeline.target": "target: ",
  "timeline.more": "; and {count} more",
  "timeline.beforeFirst": "Before the first recorded event.",
  "timeline.article": "Article: {outlet}, {title}",
  "timeline.toggle": "Timeline",
  "since.label": "Changes since",
  "since.show": "Show",
  "since.cancel": "Cancel",
  "since.error": "Give a date as YYYY-MM-DD, YYYY-MM or YYYY.",
  "badge.asOf": "As of",
  "badge.changesSince": "changes since {date} marked",

  "changes.region": "What changed",
  "changes.heading": "What changed since",
  "changes.close": "Close",
  "changes.today": "today",
  "changes.nothing": "Nothing recorded from then to {to}.",
  "changes.events": { one: "{count} event", other: "{count} events" },
  "changes.features": { one: "on {count} line or place", other: "on {count} lines and places" },
  "changes.summary": "{events} {features}, up to {to}; the map marks the lines.",
  "changes.notYetProposed": "not yet proposed",

  "reader.kicker": "Source article",
  "reader.kickerDraft": "Source article · Draft (in this browser only)",
  "reader.outlet": "Outlet",
  "reader.date": "Date",
  "reader.dateline": "Dateline",
  "reader.title": "Title",
  "reader.lede": "No headline known; the title is the lede's opening.",
  "reader.headline": "Headline as published.",
  "reader.address": "Address",
  "reader.notLinked": "(not a web address, so not linked)",
  "reader.notKnown": "not known",
  "reader.republished": "Republished",
  "reader.link": "link",
  "reader.loading": "Loading the article…",
  "reader.highlighted": {
    one: "Highlighted: the passages quoted on the map ({count} annotation). The publisher's promotional last line is left out.",
    other:
      "Highlighted: the passages quoted on the map ({count} annotations). The publisher's promotional last line is left out.",
  },
  "reader.draftMark": "Quoted by a draft annotation",

  // ── route and search ──

  // ── share and the embed builder ──

  // ── export: figures, print, downloads, video ──

  // ── present mode and key help ──

  // ── content: tour, facts, history ──

  // ── overview ──

  // ── app shell: title, errors, embeds, timeline leftovers ──

  // ── still embed ──

  // ── editor ──

  // ── map labels and map controls ──
  "map.zoomIn": "Zoom in",
  "map.zoomOut": "Zoom out",
  "map.resetBearing": "Reset north",
  "map.toggleAttribution": "Show or hide the credits",
  "map.feedback": "Map feedback",
  "map.title": "Map",
  "map.scaleKm": "km",
  "map.scaleM": "m",
  "map.canvasLabel": "Map of the Middle Corridor. Use the segment list to select a segment.",
  "map.dataCredit": "Corridor data: sources cited on each segment",
  "map.noWebgl.title": "The interactive map cannot be drawn in this browser",
  "map.noWebgl.body":
    "(it needs WebGL, which is switched off or missing here). Below is a still overview drawn from the same data.",
  "map.noWebgl.click": "Click a line in it to read its details and sources.",
} as const;
