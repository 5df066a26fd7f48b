// The one schema for everything under data/. The build (Vite plugin), `npm run check:data`
// and the tests all validate with these, so an error reads the same everywhere.
import "./zodConfig.ts";
import { z } from "zod";
import { schemaMessage } from "./checkMessages.ts";
import { perLanguage } from "./languageFields.ts";
import {
  DATE_PRECISIONS,
  GAUGES,
  LAYER_GROUPS,
  NODE_KINDS,
  ROLES,
  SEGMENT_KINDS,
  STATUSES,
  TOPICS,
} from "./vocabulary.ts";

export * from "./vocabulary.ts";

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, schemaMessage("editor.check.kebabId"));

const countryCode = z.string().regex(/^[A-Z]{2}$/, schemaMessage("editor.check.countryCode"));

/** An ISO date (YYYY-MM-DD, YYYY-MM or YYYY) that must also exist on the calendar. */
const isoDate = z.string().refine((s) => {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}, schemaMessage("editor.check.isoDate"));

/**
 * Links to sources are only ever http(s): a javascript:, data: or other address would run or
 * show something in the reader's browser, so the check refuses it (and the app never links it).
 */
const httpUrl = z.string().refine((s) => {
  if (!/^https?:\/\/[^\s]+$/i.test(s)) return false;
  try {
    const { protocol, hostname } = new URL(s);
    return (protocol === "http:" || protocol === "https:") && hostname.length > 0;
  } catch {
    return false;
  }
}, schemaMessage("editor.check.httpUrl"));

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
export const position = z.tuple([lon, lat]);

/** Where a fact that is not from the articles comes from: an address, a note, or both. */
export const referenceSchema = z
  .strictObject({
    url: httpUrl.optional(),
    note: z.string().min(1).optional(),
  })
  .refine((r) => r.url !== undefined || r.note !== undefined, {
    path: ["url"],
    message: schemaMessage("editor.check.refNeeded"),
  });

/**
 * A fact from outside the articles (length, opening, operator, capacity, status…) with its own
 * reference. Where sources disagree, give one fact per source under the same label.
 */
export const factSchema = z
  .strictObject({
    label: z.string().min(1),
    /** The label in other languages, where written (optional: the English is shown, marked). */
    labels: perLanguage.optional(),
    value: z.string().min(1),
    /** When the fact held or happened, e.g. the date of a status. */
    date: isoDate.optional(),
    datePrecision: z.enum(DATE_PRECISIONS).optional(),
    ref: referenceSchema,
  })
  .refine((f) => (f.date === undefined) === (f.datePrecision === undefined), {
    message: schemaMessage("editor.check.dateAndPrecision"),
    path: ["datePrecision"],
  })
  .refine(
    (f) => f.date === undefined || f.datePrecision === undefined || precisionMatches(f.date, f.datePrecision),
    {
      message: schemaMessage("editor.check.precisionMismatch"),
      path: ["datePrecision"],
    },
  );

function precisionMatches(date: string, precision: (typeof DATE_PRECISIONS)[number]): boolean {
  const parts = date.split("-").length;
  return (
    (precision === "year" && parts === 1) ||
    (precision === "month" && parts === 2) ||
    (precision === "day" && parts === 3)
  );
}

/** What an event in a history is: something that happened, or a date someone aims for. */
export const EVENT_KINDS = ["event", "target"] as const;

/**
 * One dated event in a segment's or place's history, in our words ("Opened", "Route re-planned
 * to Sumgait–Aktau"). `status` is the status from that date on, where the event changes it.
 * A `target` ("completion end of 2026") is shown as a target and never sets a status. A status
 * that moves back along the order (suspended, re-planned) says why in `setback`.
 */
export const historyEventSchema = z
  .strictObject({
    date: isoDate,
    datePrecision: z.enum(DATE_PRECISIONS),
    kind: z.enum(EVENT_KINDS).default("event"),
    label: z.string().min(1).max(90),
    /** The label in other languages, where written (optional: the English is shown, marked). */
    labels: perLanguage.optional(),
    status: z.enum(STATUSES).optional(),
    setback: z.string().min(1).optional(),
    ref: referenceSchema,
  })
  .refine((e) => precisionMatches(e.date, e.datePrecision), {
    message: schemaMessage("editor.check.precisionMismatch"),
    path: ["datePrecision"],
  })
  .refine((e) => e.kind !== "target" || e.status === undefined, {
    message: schemaMessage("editor.check.targetNoStatus"),
    path: ["status"],
  });

export const sourceSchema = z.strictObject({
  id: kebabId,
  outlet: z.string().min(1),
  /** The headline, or where none is known the lede's opening words (titleKind says which). */
  title: z.string().min(1),
  titleKind: z.enum(["headline", "lede"]),
  date: isoDate,
  datePrecision: z.enum(DATE_PRECISIONS),
  /** True when the date (or part of it) is not printed in the article and was inferred; may be left out. */
  dateInferred: z.boolean().default(false),
  dateNote: z.string().min(1).optional(),
  dateline: z.string().min(1),
  url: httpUrl.optional(),
  language: z.string().min(2),
  /** The article text file next to this metadata file, exactly as received. */
  // i18n-ignore: the editor writes this file name itself; only npm run check:data can meet this message
  textFile: z.string().regex(/^[\w.-]+\.txt$/, "must be a .txt file name in data/sources/"),
  /** Lines of the text that are not part of the article (publisher promotion); never shown. */
  omitLines: z.array(z.string().min(1)).default([]),
  republished: z
    .array(
      z.strictObject({
        outlet: z.string().min(1),
        title: z.string().min(1),
        date: isoDate,
        url: httpUrl.optional(),
      }),
    )
    .default([]),
});

/**
 * A rail line's track gauge with its reference. `mm` holds from the segment's `from` end; where
 * the line changes gauge on the way (BTK at Akhalkalaki), `changeAt` names that place, and from
 * there on to `to` the line has the other gauge. Which kinds need one: the registry's `gauged`
 * (checks/routeChecks.ts).
 */
export const gaugeSchema = z.strictObject({
  mm: z.literal(GAUGES),
  changeAt: kebabId.optional(),
  ref: referenceSchema,
});

/** How long a leg takes where a source says so (the Caspian ferries); never estimated by us. */
export const transitHoursSchema = z.strictObject({
  hours: z.number().positive(),
  /** "About 18 h": the source gives a round or typical figure. */
  approx: z.boolean().default(false),
  ref: referenceSchema,
});

export const segmentSchema = z.strictObject({
  id: kebabId,
  name: z.string().min(1),
  /** The name in every other language of the registry (required: checks/nameChecks.ts). */
  names: perLanguage.optional(),
  // The vocabulary, not the layer registry, says which kinds a file may use: it is the data's
  // format. The registry (Record<SegmentKind, KindSpec>) must then draw every one of them;
  // TypeScript refuses a registry that lacks one or adds one (ARCHITECTURE.md, "Layer registry").
  kind: z.enum(SEGMENT_KINDS),
  status: z.enum(STATUSES),
  /** Position in the corridor, east to west; the list and tour sort by it. */
  order: z.number().int().nonnegative(),
  /** Node ids at either end. */
  from: kebabId,
  to: kebabId,
  countries: z.array(countryCode).min(1),
  /** Main chain, a branch off it, a variant route, or an alternative to it. */
  role: z.enum(ROLES).default("main"),
  /** Overrides the layer group the kind belongs to, e.g. an oil tanker leg in "energy". */
  layerGroup: z.enum(LAYER_GROUPS).optional(),
  /** Rail only (required there): the track gauge, see gaugeSchema. */
  gauge: gaugeSchema.optional(),
  /** A sourced crossing or running time of the whole segment. */
  transitHours: transitHoursSchema.optional(),
  /** A published length to check the drawn line against (the data check reports the ratio). */
  referenceLength: z.strictObject({ km: z.number().positive(), ref: referenceSchema }).optional(),
  description: z.string().min(1).optional(),
  /** Shown in the panel: how exact the alignment is and where it comes from. */
  routeNote: z.string().min(1).optional(),
  /** A few words written along the line on the map, e.g. "route indicative". */
  mapNote: z.string().min(1).max(40).optional(),
  /** Waypoints, (lon, lat), in the direction of travel. */
  waypoints: z.array(position).min(2),
  /**
   * Draws the line this many screen px to the right of its path (negative: left), so two lines
   * that share a path (a tanker leg on a ferry lane) are both seen and both clickable.
   */
  drawOffset: z.number().min(-12).max(12).optional(),
  facts: z.array(factSchema).default([]),
  /** Dated events, oldest first; the last status among them equals `status`. */
  history: z.array(historyEventSchema).default([]),
});

export const nodeSchema = z.strictObject({
  id: kebabId,
  name: z.string().min(1),
  /** A shorter name for the map label, where the full name is long. */
  label: z.string().min(1).optional(),
  /** The name in every other language of the registry (required: checks/nameChecks.ts). */
  names: perLanguage.optional(),
  /** Short map labels in other languages, where the name shortened by rule is still long. */
  labels: perLanguage.optional(),
  kind: z.enum(NODE_KINDS),
  country: countryCode,
  coordinates: position,
  /** Smaller nodes are labelled only when zoomed in. 1 = always labelled. */
  rank: z.number().int().min(1).max(3).default(2),
  note: z.string().min(1).optional(),
  facts: z.array(factSchema).default([]),
  /** Dated events, oldest first (a port opened, a terminal built); a status only where it has one. */
  history: z.array(historyEventSchema).default([]),
});

export const nodesFileSchema = z.strictObject({ nodes: z.array(nodeSchema).min(1) });

export const annotationSchema = z
  .strictObject({
    id: kebabId,
    segments: z.array(kebabId).default([]),
    nodes: z.array(kebabId).default([]),
    /** About the corridor as a whole: shown in the overview when nothing is selected. */
    corridor: z.boolean().default(false),
    topic: z.enum(TOPICS),
    summary: z.string().min(1),
    /** The summary in other languages, where written; a missing one is a warning, not an error. */
    summaries: perLanguage.optional(),
    quotes: z.array(z.string().min(1)).min(1),
  })
  .refine((a) => a.corridor || a.segments.length + a.nodes.length > 0, {
    message: schemaMessage("editor.check.annotationTarget"),
    path: ["segments"],
  });

export const annotationsFileSchema = z.strictObject({
  source: kebabId,
  annotations: z.array(annotationSchema).min(1),
});

export type Source = z.infer<typeof sourceSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type CorridorNode = z.infer<typeof nodeSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type AnnotationsFile = z.infer<typeof annotationsFileSchema>;
export type Fact = z.infer<typeof factSchema>;
export type GaugeInfo = z.infer<typeof gaugeSchema>;
export type TransitHours = z.infer<typeof transitHoursSchema>;
export type HistoryEvent = z.infer<typeof historyEventSchema>;
export type EventKind = (typeof EVENT_KINDS)[number];

/** One step of the briefing tour: what it shows, its title, the presenter's notes. */
export const tourStepSchema = z.strictObject({
  target: z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("overview") }),
    z.strictObject({ type: z.literal("segment"), id: kebabId }),
    z.strictObject({ type: z.literal("node"), id: kebabId }),
    /** What changed since a date (to the day shown): "Since our last briefing on 12 March 2025". */
    z.strictObject({ type: z.literal("changes"), since: isoDate }),
    /** A route, as the Route region finds it: From, To, places on the way, the variant shown (1 = shortest). */
    z.strictObject({
      type: z.literal("route"),
      from: kebabId,
      to: kebabId,
      via: z.array(kebabId).max(8).optional(),
      variant: z.number().int().min(1).max(5).optional(),
    }),
  ]),
  title: z.string().min(1).max(80),
  /** The title in other languages, where written; a missing one is a warning, not an error. */
  titles: perLanguage.optional(),
  notes: z.string().min(1).optional(),
  /** The notes in other languages, where written (`"notesIn": {"ru": "…"}`); a warning if missing. */
  notesIn: perLanguage.optional(),
  /** Where the camera goes; without it, the step's geometry is fitted. */
  camera: z.strictObject({ zoom: z.number().min(2).max(12), lat: lat, lon: lon }).optional(),
});

export const tourFileSchema = z.strictObject({ steps: z.array(tourStepSchema).min(1) });

export type TourStep = z.infer<typeof tourStepSchema>;
