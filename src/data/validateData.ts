// Validates the raw contents of data/ as a whole: each file against its schema, then the
// links between files (ids, quotes, node ends). Pure: the caller reads the files.
import type { DataError } from "./dataErrors.ts";
import { issuesToErrors } from "./dataErrors.ts";
import {
  type Annotation,
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
} from "./schema.ts";
import { articleText, normalizeWhitespace } from "./sourceText.ts";
import { didYouMean } from "./suggestIds.ts";

export interface RawFile {
  /** Path relative to the project root. */
  file: string;
  /** Parsed JSON, or the raw text for article files. */
  content: unknown;
}

export interface RawData {
  sources: RawFile[];
  /** Article texts by file name (as in a source's `textFile`). */
  texts: Record<string, string>;
  segments: RawFile[];
  nodes: RawFile;
  annotations: RawFile[];
  /** data/tour.json; absent in a data set without a tour. */
  tour?: RawFile;
}

export interface SourceWithText extends Source {
  /** The article as shown: publisher promotion removed. */
  text: string;
}

export interface ValidData {
  sources: SourceWithText[];
  /** Each with the file it came from, for later checks' messages. */
  segments: (Segment & { file: string })[];
  nodes: CorridorNode[];
  tour: TourStep[];
  /** Annotations with the source they come from. */
  annotations: (Annotation & { source: string; file: string })[];
}

export type ValidationResult = { ok: true; data: ValidData } | { ok: false; errors: DataError[] };

const idOf = (v: unknown): string | undefined =>
  typeof v === "object" && v !== null && "id" in v && typeof v.id === "string" ? v.id : undefined;

function entryName(list: unknown, index: unknown): string {
  const item = Array.isArray(list) && typeof index === "number" ? list[index] : undefined;
  const id = idOf(item);
  return id ? `"${id}"` : `#${Number(index) + 1}`;
}

// Issues carry their input, so a missing field reads "is missing" rather than a type error.
const REPORT = { reportInput: true } as const;

export function validateData(raw: RawData): ValidationResult {
  const errors: DataError[] = [];
  const sources: SourceWithText[] = [];
  const segments: ValidData["segments"] = [];
  let nodes: CorridorNode[] = [];
  const annotations: ValidData["annotations"] = [];
  const fileOfId = new Map<string, string>();

  const claimId = (id: string, file: string, entry: string) => {
    const earlier = fileOfId.get(id);
    if (earlier) {
      errors.push({
        file,
        entry,
        field: "id",
        message: `id "${id}" is already used in ${earlier}; ids must be unique`,
      });
    } else fileOfId.set(id, file);
  };

  for (const f of raw.sources) {
    const r = sourceSchema.safeParse(f.content, REPORT);
    const entry = `"${idOf(f.content) ?? f.file}"`;
    if (!r.success) {
      errors.push(...issuesToErrors(f.file, r.error.issues, () => ({ entry, depth: 0 })));
      continue;
    }
    claimId(r.data.id, f.file, entry);
    const text = raw.texts[r.data.textFile];
    if (text === undefined) {
      errors.push({
        file: f.file,
        entry,
        field: "textFile",
        message: `data/sources/${r.data.textFile} does not exist`,
      });
      continue;
    }
    sources.push({ ...r.data, text: articleText(text, r.data.omitLines) });
  }

  for (const f of raw.segments) {
    const r = segmentSchema.safeParse(f.content, REPORT);
    const entry = `"${idOf(f.content) ?? f.file}"`;
    if (!r.success) {
      errors.push(...issuesToErrors(f.file, r.error.issues, () => ({ entry, depth: 0 })));
      continue;
    }
    claimId(r.data.id, f.file, entry);
    segments.push({ ...r.data, file: f.file });
  }

  const nodesParsed = nodesFileSchema.safeParse(raw.nodes.content, REPORT);
  if (nodesParsed.success) {
    nodes = nodesParsed.data.nodes;
    nodes.forEach((n) => {
      claimId(n.id, raw.nodes.file, `"${n.id}"`);
    });
  } else {
    const list = (raw.nodes.content as { nodes?: unknown } | null)?.nodes;
    errors.push(
      ...issuesToErrors(raw.nodes.file, nodesParsed.error.issues, (path) =>
        path[0] === "nodes" && path.length > 1
          ? { entry: entryName(list, path[1]), depth: 2 }
          : { entry: "", depth: 0 },
      ),
    );
  }

  const parsedAnnotationFiles: { file: string; data: AnnotationsFile }[] = [];
  for (const f of raw.annotations) {
    const r = annotationsFileSchema.safeParse(f.content, REPORT);
    if (!r.success) {
      const list = (f.content as { annotations?: unknown } | null)?.annotations;
      errors.push(
        ...issuesToErrors(f.file, r.error.issues, (path) =>
          path[0] === "annotations" && path.length > 1
            ? { entry: entryName(list, path[1]), depth: 2 }
            : { entry: "", depth: 0 },
        ),
      );
      continue;
    }
    parsedAnnotationFiles.push({ file: f.file, data: r.data });
  }

  const rawNodes = (raw.nodes.content as { nodes?: unknown } | null)?.nodes;
  const nodeIds = new Set([
    ...nodes.map((n) => n.id),
    ...(Array.isArray(rawNodes) ? rawNodes.map((n) => idOf(n) ?? "") : []),
  ]);
  // Ids of entries that failed their schema still count as known, so one mistake is reported once.
  const segmentIds = new Set([
    ...segments.map((s) => s.id),
    ...raw.segments.map((f) => idOf(f.content) ?? ""),
  ]);
  const sourceById = new Map(sources.map((s) => [s.id, s]));

  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  for (const s of segments) {
    const { file } = s;
    const entry = `"${s.id}"`;
    if (!file.endsWith(`/${s.id}.json`)) {
      errors.push({ file, entry, field: "id", message: `the file must be named after the id: ${s.id}.json` });
    }
    for (const end of ["from", "to"] as const) {
      if (!nodeIds.has(s[end])) {
        errors.push({
          file,
          entry,
          field: end,
          message: `unknown node id "${s[end]}" (see data/nodes.json)${didYouMean(s[end], nodeIds)}`,
        });
        continue;
      }
      // Segments join end to end through their nodes, so a line must start and end exactly there.
      const node = nodeById.get(s[end]);
      const index = end === "from" ? 0 : s.waypoints.length - 1;
      const point = s.waypoints[index];
      if (node && point && (point[0] !== node.coordinates[0] || point[1] !== node.coordinates[1])) {
        errors.push({
          file,
          entry,
          field: `waypoints.${index}`,
          message: `must equal the coordinates of its "${end}" node ${s[end]} (${node.coordinates.join(", ")}), not ${point.join(", ")}`,
        });
      }
    }
  }

  for (const { file, data } of parsedAnnotationFiles) {
    const source = sourceById.get(data.source);
    if (!source) {
      errors.push({
        file,
        entry: "",
        field: "source",
        message: `unknown source id "${data.source}" (see data/sources/)${didYouMean(data.source, sourceById.keys())}`,
      });
    }
    const haystack = source ? normalizeWhitespace(source.text) : "";
    data.annotations.forEach((a) => {
      const entry = `"${a.id}"`;
      claimId(a.id, file, entry);
      a.segments.forEach((id, i) => {
        if (!segmentIds.has(id)) {
          errors.push({
            file,
            entry,
            field: `segments.${i}`,
            message: `unknown segment id "${id}" (see data/segments/)${didYouMean(id, segmentIds)}`,
          });
        }
      });
      a.nodes.forEach((id, i) => {
        if (!nodeIds.has(id)) {
          errors.push({
            file,
            entry,
            field: `nodes.${i}`,
            message: `unknown node id "${id}" (see data/nodes.json)${didYouMean(id, nodeIds)}`,
          });
        }
      });
      if (source) {
        a.quotes.forEach((q, i) => {
          if (!haystack.includes(normalizeWhitespace(q))) {
            errors.push({
              file,
              entry,
              field: `quotes.${i}`,
              message: `quote not found verbatim in ${source.textFile}: "${q.slice(0, 60)}${q.length > 60 ? "…" : ""}"`,
            });
          }
        });
      }
      annotations.push({ ...a, source: data.source, file });
    });
  }

  for (const s of segments) {
    if (!annotations.some((a) => a.segments.includes(s.id))) {
      errors.push({
        file: s.file,
        entry: `"${s.id}"`,
        field: "id",
        message: "segment has no annotation: add one in data/annotations/ that names it under segments",
      });
    }
  }

  let tour: TourStep[] = [];
  if (raw.tour) {
    const r = tourFileSchema.safeParse(raw.tour.content, REPORT);
    if (!r.success) {
      const file = raw.tour.file;
      errors.push(
        ...issuesToErrors(file, r.error.issues, (path) =>
          path[0] === "steps" && path.length > 1
            ? { entry: `step ${Number(path[1]) + 1}`, depth: 2 }
            : { entry: "", depth: 0 },
        ),
      );
    } else {
      tour = r.data.steps;
      tour.forEach((step, i) => {
        const t = step.target;
        if (t.type === "overview") return;
        const ids = t.type === "segment" ? segmentIds : nodeIds;
        if (!ids.has(t.id)) {
          errors.push({
            file: raw.tour?.file ?? "data/tour.json",
            entry: `step ${i + 1}`,
            field: "target.id",
            message: `unknown ${t.type} id "${t.id}"${didYouMean(t.id, ids)}`,
          });
        }
      });
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, data: { sources, segments, nodes, annotations, tour } };
}
