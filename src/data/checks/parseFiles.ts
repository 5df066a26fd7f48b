// Each file of data/ against its schema: one function per kind of file. Errors name file, entry
// and field; what parses is returned for the cross-file checks.
import type { z } from "zod";
import { type DataError, issuesToErrors } from "../dataErrors.ts";
import {
  type AnnotationsFile,
  annotationsFileSchema,
  type CorridorNode,
  nodesFileSchema,
  type Segment,
  type Source,
  segmentSchema,
  sourceSchema,
  type TourStep,
  tourFileSchema,
} from "../schema.ts";
import type { RawData, RawFile } from "../validateData.ts";

export const idOf = (v: unknown): string | undefined =>
  v && typeof v === "object" && typeof (v as { id?: unknown }).id === "string"
    ? (v as { id: string }).id
    : undefined;

function entryName(list: unknown, index: unknown): string {
  const item = Array.isArray(list) && typeof index === "number" ? list[index] : undefined;
  const id = idOf(item);
  return id ? `"${id}"` : `#${Number(index) + 1}`;
}

// Issues carry their input, so a missing field reads "is missing" rather than a type error.
const REPORT = { reportInput: true } as const;

export interface Parsed<T> {
  items: T[];
  errors: DataError[];
}

/** One entry per file (sources, segments): the entry is the file's id. */
function parseEach<T>(
  files: RawFile[],
  schema: z.ZodType<T>,
): Parsed<{ file: string; entry: string; data: T }> {
  const out: Parsed<{ file: string; entry: string; data: T }> = { items: [], errors: [] };
  for (const f of files) {
    const r = schema.safeParse(f.content, REPORT);
    const entry = `"${idOf(f.content) ?? f.file}"`;
    if (!r.success) out.errors.push(...issuesToErrors(f.file, r.error.issues, () => ({ entry, depth: 0 })));
    else out.items.push({ file: f.file, entry, data: r.data });
  }
  return out;
}

export const parseSources = (raw: RawData) => parseEach<Source>(raw.sources, sourceSchema);

export const parseSegments = (raw: RawData) => parseEach<Segment>(raw.segments, segmentSchema);

/** A file holding a list of entries: an issue is named by the entry it is in. */
function listIssues(
  file: string,
  issues: Parameters<typeof issuesToErrors>[1],
  key: string,
  list: unknown,
  name = entryName,
) {
  return issuesToErrors(file, issues, (path) =>
    path[0] === key && path.length > 1 ? { entry: name(list, path[1]), depth: 2 } : { entry: "", depth: 0 },
  );
}

export function parseNodes(raw: RawData): Parsed<CorridorNode> {
  const r = nodesFileSchema.safeParse(raw.nodes.content, REPORT);
  if (r.success) return { items: r.data.nodes, errors: [] };
  const list = (raw.nodes.content as { nodes?: unknown } | null)?.nodes;
  return { items: [], errors: listIssues(raw.nodes.file, r.error.issues, "nodes", list) };
}

export function parseAnnotationFiles(raw: RawData): Parsed<{ file: string; data: AnnotationsFile }> {
  const out: Parsed<{ file: string; data: AnnotationsFile }> = { items: [], errors: [] };
  for (const f of raw.annotations) {
    const r = annotationsFileSchema.safeParse(f.content, REPORT);
    if (r.success) out.items.push({ file: f.file, data: r.data });
    else {
      const list = (f.content as { annotations?: unknown } | null)?.annotations;
      out.errors.push(...listIssues(f.file, r.error.issues, "annotations", list));
    }
  }
  return out;
}

export function parseTour(raw: RawData): Parsed<TourStep> {
  if (!raw.tour) return { items: [], errors: [] };
  const r = tourFileSchema.safeParse(raw.tour.content, REPORT);
  if (r.success) return { items: r.data.steps, errors: [] };
  return {
    items: [],
    errors: listIssues(raw.tour.file, r.error.issues, "steps", null, (_l, i) => `step ${Number(i) + 1}`),
  };
}
